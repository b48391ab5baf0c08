using Netra.Infra.Tests.Support;

namespace Netra.Infra.Tests.Conformance;

/// <summary>
/// The pinned Node tools in conformance/ (package.json and its lock): the provider SDKs with tsc, and the GitHub
/// Actions workflow validator. Installs them (`npm ci`) when any is missing, so `dotnet test` alone works on a
/// fresh machine.
/// </summary>
public static class NodeTools
{
    private static readonly Lazy<string> Installed = new(Install);

    public static string Folder => Installed.Value;

    public static string TypeScriptCompiler => Path.Combine(Folder, "node_modules", "typescript", "bin", "tsc");

    public static string WorkflowValidator => Path.Combine(Folder, "node_modules", "@action-validator", "cli", "cli.mjs");

    private static string Install()
    {
        var folder = Repo.Path("conformance");
        string[] tools = [Path.Combine("typescript", "bin", "tsc"), Path.Combine("@action-validator", "cli", "cli.mjs")];
        if (!tools.All(t => File.Exists(Path.Combine(folder, "node_modules", t))))
        {
            var (exit, output) = ProcessRunner.Run("npm", folder, "ci", "--no-audit", "--no-fund", "--ignore-scripts");
            if (exit != 0)
            {
                throw new InvalidOperationException($"`npm ci` in conformance/ failed:\n{output}");
            }
        }

        return folder;
    }
}
