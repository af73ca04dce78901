using System.CommandLine;
using System.Diagnostics;
using Sitrep.Gazetteer;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep gazetteer build|lookup</c>: builds the compact gazetteer from GeoNames dumps, and looks names up in it.</summary>
internal static class GazetteerCommand
{
    public static Command Create()
    {
        var command = new Command("gazetteer", "Build the offline gazetteer from GeoNames dumps, or look a name up");
        command.Subcommands.Add(Build());
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Lookup());
        return command;
    }

    private static Command Import()
    {
        var files = new Argument<string[]>("files") { Description = "GeoNames dumps: allCountries.zip, a country's file (ML.txt or ML.zip); the same 19 columns", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the enlarged gazetteer (default: replace the data folder's)" };
        var data = CommonOptions.Data();
        var command = new Command("import", "Add every populated place of full GeoNames dumps to the gazetteer") { files, output, data };
        command.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data) ?? CodingResources.DefaultDataDirectory();
            var current = Path.Combine(dataDir, "gazetteer", GazetteerIndex.FileName);
            foreach (var f in parse.GetValue(files)!)
                if (!File.Exists(f)) { CliErrors.Write($"{f}: file not found"); return CliErrors.Failure; }
            try
            {
                var clock = Stopwatch.StartNew();
                var target = parse.GetValue(output) ?? current;
                var summary = GazetteerBuilder.Import(current, parse.GetValue(files)!, target);
                Console.Error.WriteLine($"{target}: {summary.Places:N0} places added ({summary.AlternateNames:N0} alternate names); {summary.Bytes / 1048576.0:N1} MB in {clock.Elapsed.TotalSeconds:N1} s");
                return 0;
            }
            catch (Exception e) when (e is GazetteerFormatException or IOException or InvalidDataException)
            {
                CliErrors.Write(e.Message);
                return CliErrors.Failure;
            }
        });
        return command;
    }

    private static Command Build()
    {
        var geonames = new Option<string>("--geonames") { Description = "Folder with countryInfo.txt, admin1CodesASCII.txt, admin2Codes.txt or admin2.json, and cities500.txt", Required = true };
        var places = new Option<string[]>("--places") { Description = "GeoNames place dumps to use instead of cities500.txt (allCountries.zip, ML.txt...)", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the gazetteer (default: the data folder's gazetteer/gazetteer.bin.gz)" };
        var data = CommonOptions.Data();
        var command = new Command("build", "Build the compact gazetteer file from GeoNames dumps (the raw files are read only here)") { geonames, places, output, data };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(geonames)!;
            var dataDir = parse.GetValue(data) ?? CodingResources.DefaultDataDirectory();
            string In(string name) => Path.Combine(dir, name);
            var placeFiles = parse.GetValue(places) is { Length: > 0 } p ? p : [In("cities500.txt")];
            var admin2 = File.Exists(In("admin2Codes.txt")) ? In("admin2Codes.txt") : File.Exists(In("admin2.json")) ? In("admin2.json") : null;
            foreach (var f in placeFiles.Append(In("admin1CodesASCII.txt")).Append(In("countryInfo.txt")).Append(Path.Combine(dataDir, "countries.tsv")))
                if (!File.Exists(f)) { CliErrors.Write($"{f}: file not found"); return CliErrors.Failure; }
            var target = parse.GetValue(output) ?? Path.Combine(dataDir, "gazetteer", GazetteerIndex.FileName);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            var clock = Stopwatch.StartNew();
            var naturalEarth = File.Exists(In("ne_10m_populated_places.json")) ? In("ne_10m_populated_places.json") : null;
            var summary = GazetteerBuilder.Build(new GazetteerBuilder.Inputs(placeFiles, In("admin1CodesASCII.txt"), admin2, In("countryInfo.txt"), Path.Combine(dataDir, "countries.tsv"), naturalEarth), target);
            Console.Error.WriteLine($"{target}: {summary.Places:N0} places, {summary.AlternateNames:N0} alternate names, {summary.Admin1:N0} admin1, {summary.Admin2:N0} admin2, {summary.Countries} countries; {summary.Bytes / 1024.0 / 1024.0:N1} MB in {clock.Elapsed.TotalSeconds:N1} s");
            return 0;
        });
        return command;
    }

    private static Command Lookup()
    {
        var name = new Argument<string>("name") { Description = "A place or division name, in any spelling the gazetteer knows" };
        var data = CommonOptions.Data();
        var command = new Command("lookup", "Show what the gazetteer knows under a name") { name, data };
        command.SetAction(parse =>
        {
            var resources = ResourceLoader.TryLoad(parse.GetValue(data));
            if (resources is null) return CliErrors.Failure;
            var gaz = resources.Gazetteer;
            var folded = TextFold.Fold(parse.GetValue(name)!);
            int found = 0;
            foreach (var p in gaz.FindPlaces(folded).OrderByDescending(p => p.Population))
            {
                found++;
                Console.WriteLine($"place\t{p.Name}\t{p.CountryCode}\t{gaz.Admin1Of(p)?.Name}\t{gaz.Admin2Of(p)?.Name}\t{p.Latitude}\t{p.Longitude}\t{p.FeatureCode}\t{p.Population}\t{p.Origin}");
            }
            foreach (var a in gaz.FindAdmin1(folded))
            {
                found++;
                Console.WriteLine($"admin1\t{a.Name}\t{a.CountryCode}\t{gaz.SeatOf(a)?.Name}");
            }
            foreach (var a in gaz.FindAdmin2(folded))
            {
                found++;
                Console.WriteLine($"admin2\t{a.Name}\t{a.CountryCode}\t{gaz.Admin1Of(a.CountryCode, a.Admin1Code)?.Name}\t{gaz.SeatOf(a)?.Name}");
            }
            if (found > 0) return 0;
            CliErrors.Write($"gazetteer: nothing is known under '{parse.GetValue(name)}'");
            return CliErrors.Failure;
        });
        return command;
    }
}
