using Sitrep.Coding;
using Sitrep.Resources;

namespace Sitrep.Tests;

/// <summary>The shipped resources, loaded once for the whole test run (as the CLI loads them once per process).</summary>
public static class TestResources
{
    private static readonly Lazy<CodingResources> Shared = new(() => CodingResources.Load(DataDirectory));
    private static readonly Lazy<Coder> SharedCoder = new(() => new Coder(Shared.Value));

    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "data");
    public static CodingResources Resources => Shared.Value;
    public static Coder Coder => SharedCoder.Value;

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
