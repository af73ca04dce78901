using Sitrep.Gazetteer;
using Sitrep.Resources;

namespace Sitrep.Cli.Commands;

/// <summary>Loads coding resources for a command, turning a broken data file into a one-line error.</summary>
internal static class ResourceLoader
{
    public static CodingResources? TryLoad(string? dataDirectory)
    {
        try
        {
            return CodingResources.Load(dataDirectory);
        }
        catch (Exception e) when (e is ResourceFormatException or GazetteerFormatException or IOException or UnauthorizedAccessException)
        {
            CliErrors.Write(e.Message);
            return null;
        }
    }
}
