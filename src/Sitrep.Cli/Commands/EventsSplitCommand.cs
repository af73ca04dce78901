using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep events split EVENT_ID REPORT... --db TARGET</c>: an analyst's correction, the named reports are another event.
/// The decision is recorded, so re-clustering keeps them apart from then on; they form an event with a new id.
/// </summary>
internal static class EventsSplitCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var eventId = new Argument<string>("event") { Description = "The event's id (MLI1234)" };
        var reports = new Argument<string[]>("reports")
        {
            Description = "The reports to take out of it: doc#n (the n-th event coded from document doc), or a document's id for all its reports",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("split", "Take reports out of an event: they are another event (an analyst's correction that re-clustering honours)") { eventId, reports, db };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.TryOpen(parse.GetValue(db), mustExist: true);
            if (store is null) return CliErrors.Failure;
            var result = store.Split(parse.GetValue(eventId)!, parse.GetValue(reports)!);
            if (!result.Succeeded) { CliErrors.Write(result.Refusal!); return CliErrors.Failure; }
            Console.WriteLine($"split: {result.EventIds[0]} keeps its other reports; the reports split off are {result.EventIds[1]}");
            return 0;
        });
        return command;
    }
}
