namespace Netra.Infra.Tests.Support;

/// <summary>
/// A copy of the project in a temporary folder: the scripts (bin/, .ci/), the program's sources and lock file (so that
/// bin/netra-infra's fingerprint is the repository's, and a restore there is the locked one), the SDK and NuGet
/// settings, the Pulumi files and stacks/. A test changes it freely; it is
/// deleted on dispose.
/// </summary>
public sealed class ProjectCopy : IDisposable
{
    public ProjectCopy(string prefix)
    {
        Root = Directory.CreateTempSubdirectory(prefix).FullName;
        foreach (var file in Directory.GetFiles(Repo.Root, "Pulumi*.yaml").Concat([Repo.Path("Directory.Build.props"), Repo.Path("global.json"), Repo.Path("nuget.config")]))
        {
            Copy(file);
        }

        foreach (var folder in new[] { "bin", ".ci", "stacks", "infra" })
        {
            foreach (var file in Directory.GetFiles(Repo.Path(folder), "*", SearchOption.AllDirectories).Where(IsSource))
            {
                Copy(file);
            }
        }
    }

    public string Root { get; }

    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    // The program's build output (infra/bin, infra/obj) is not a source.
    private static bool IsSource(string file)
    {
        var relative = System.IO.Path.GetRelativePath(Repo.Root, file).Split(System.IO.Path.DirectorySeparatorChar);
        return relative[0] != "infra" || (relative[1] is not ("bin" or "obj") && (file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".csproj", StringComparison.Ordinal) || file.EndsWith("packages.lock.json", StringComparison.Ordinal)));
    }

    private void Copy(string file)
    {
        var target = Path(System.IO.Path.GetRelativePath(Repo.Root, file));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Copy(file, target);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            File.SetUnixFileMode(target, File.GetUnixFileMode(file));
        }
    }
}
