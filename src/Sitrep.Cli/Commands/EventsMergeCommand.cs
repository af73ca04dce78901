using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep events merge EVENT_ID EVENT_ID --db TARGET</c>: an analyst's correction, two events are one. The decision is
/// recorded, so re-clustering keeps them together from then on; the older id stays and the other leads to it.
/// </summary>
internal static class EventsMergeCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var first = new Argument<string>("event") { Description = "One event's id (MLI1234)" };
        var second = new Argument<string>("other") { Description = "The other event's id" };
        var command = new Command("merge", "Make two events one (an analyst's correction that re-clustering honours)") { first, second, db };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.TryOpen(parse.GetValue(db), mustExist: true);
            if (store is null) return CliErrors.Failure;
            var result = store.Merge(parse.GetValue(first)!, parse.GetValue(second)!);
            if (!result.Succeeded) { CliErrors.Write(result.Refusal!); return CliErrors.Failure; }
            Console.WriteLine($"merged: {result.EventIds[0]}");
            return 0;
        });
        return command;
    }
}
