using Shouldly;
using Sitrep.Dedup;
using Xunit;

namespace Sitrep.Tests.Dedup;

/// <summary>The matcher's tables are found in a data folder one way: a shipped copy loaded once, files a folder may lack, files of each language pack.</summary>
public class DedupDataTests
{
    [Fact]
    public void The_shipped_copy_of_a_table_is_loaded_once_and_shared()
    {
        DedupData.Shipped<TimeWords>().ShouldBeSameAs(TimeWords.Default);
        DedupData.Shipped<DedupRules>().ShouldBeSameAs(DedupRules.Default);
    }

    [Fact]
    public void A_missing_file_has_no_rows_and_each_packs_file_is_read_in_the_packs_name_order()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-dedupdata-");
        try
        {
            DedupData.Rows(dir.FullName, "acled/none.tsv").ShouldBeEmpty();
            DedupData.RowsInEachPack(Path.Combine(dir.FullName, "absent"), "night-words.txt").ShouldBeEmpty();
            foreach (var (pack, word) in new[] { ("fr", "nuit"), ("en", "overnight"), ("xx", "") })
            {
                Directory.CreateDirectory(Path.Combine(dir.FullName, pack));
                if (word.Length > 0) File.WriteAllText(Path.Combine(dir.FullName, pack, "night-words.txt"), $"# a night word a line\n{word}\n");
            }
            var rows = DedupData.RowsInEachPack(dir.FullName, "night-words.txt").ToList();
            rows.Select(r => r.Fields[0]).ShouldBe(["overnight", "nuit"]);
            rows[0].Line.ShouldBe(2);
            rows[0].Path.ShouldEndWith(Path.Combine("en", "night-words.txt"));
            TimeWords.Load(dir.FullName).Night.ShouldBe(["nuit", "overnight"], ignoreOrder: true);
        }
        finally { dir.Delete(recursive: true); }
    }
}
