namespace Netra.Infra.Tests.Support;

/// <summary>The repository under test: the real stacks/ and Pulumi.*.yaml files.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Pulumi.yaml")) && Directory.Exists(System.IO.Path.Combine(directory.FullName, "stacks")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("repository root (Pulumi.yaml + stacks/) not found above " + AppContext.BaseDirectory);
    }
}
