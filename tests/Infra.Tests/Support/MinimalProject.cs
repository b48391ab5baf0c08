namespace Netra.Infra.Tests.Support;

/// <summary>
/// The smallest folder the compile and the stack-file commands run in: the repository's Pulumi*.yaml files and stacks/,
/// copied into a temporary folder that a test changes freely; deleted on dispose.
/// </summary>
public sealed class MinimalProject : IDisposable
{
    public MinimalProject()
    {
        Root = Directory.CreateTempSubdirectory("netra-minimal-").FullName;
        Directory.CreateDirectory(System.IO.Path.Combine(Root, "stacks"));
        foreach (var file in Directory.GetFiles(Repo.Root, "Pulumi*.yaml").Concat(Directory.GetFiles(Repo.Path("stacks"), "*.yaml")))
        {
            File.Copy(file, Path(System.IO.Path.GetRelativePath(Repo.Root, file)));
        }
    }

    public string Root { get; }

    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public string Read(string name) => File.ReadAllText(Path(name));

    public void Write(string name, string text) => File.WriteAllText(Path(name), text);

    /// <summary>Every file's text by name, to tell whether a command changed any.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.GetFiles(Root, "*", SearchOption.AllDirectories).ToDictionary(f => System.IO.Path.GetRelativePath(Root, f), File.ReadAllText);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
