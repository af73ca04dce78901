using System.Reflection;
using System.Text.Json.Serialization;
using Shouldly;
using Sitrep.Events;
using Xunit;

namespace Sitrep.Tests.Events;

/// <summary>docs/data-dictionary.md keeps up with the record: every JSON field of an event and every CSV column is described.</summary>
public sealed class DataDictionaryTests
{
    private static string Dictionary()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return File.ReadAllText(Path.Combine(dir.FullName, "docs", "data-dictionary.md"));
        throw new FileNotFoundException("no Sitrep.slnx above the test binaries");
    }

    [Fact]
    public void Every_field_of_the_event_record_and_every_csv_column_is_described()
    {
        var text = Dictionary();
        var fields = typeof(CodedEvent).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name).OfType<string>().ToList();
        fields.Count.ShouldBeGreaterThan(30);
        fields.Where(f => !text.Contains("`" + f + "`")).ShouldBeEmpty();
        AcledCsvWriter.AcledColumns.Concat(AcledCsvWriter.SitrepColumns).Where(c => !text.Contains(c)).ShouldBeEmpty();
    }
}
