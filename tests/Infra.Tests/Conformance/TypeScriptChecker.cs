using System.Diagnostics;
using Netra.Infra.Tests.Support;

namespace Netra.Infra.Tests.Conformance;

/// <summary>
/// Runs `tsc --noEmit` on generated TypeScript inside conformance/, whose node_modules holds the pinned provider
/// SDKs. Installs them (`npm ci`) when they are missing, so `dotnet test` alone works on a fresh machine.
/// </summary>
public static class TypeScriptChecker
{
    private static readonly Lazy<string> Folder = new(Install);

    public static (int ExitCode, string Output) Check(string typeScript)
    {
        var check = Directory.CreateDirectory(Path.Combine(Folder.Value, $".check-{Guid.NewGuid():N}"));
        try
        {
            File.WriteAllText(Path.Combine(check.FullName, "program.ts"), typeScript);
            File.WriteAllText(Path.Combine(check.FullName, "tsconfig.json"), """
                {
                  "compilerOptions": {
                    "strict": true, "noEmit": true, "skipLibCheck": true, "target": "es2020",
                    "module": "commonjs", "moduleResolution": "node", "types": []
                  },
                  "files": ["program.ts"]
                }
                """);
            return Run("node", Folder.Value, Path.Combine(Folder.Value, "node_modules", "typescript", "bin", "tsc"), "-p", Path.Combine(check.FullName, "tsconfig.json"));
        }
        finally
        {
            check.Delete(recursive: true);
        }
    }

    private static string Install()
    {
        var folder = Repo.Path("conformance");
        if (!File.Exists(Path.Combine(folder, "node_modules", "typescript", "bin", "tsc")))
        {
            var (exit, output) = Run("npm", folder, "ci", "--no-audit", "--no-fund", "--ignore-scripts");
            if (exit != 0)
            {
                throw new InvalidOperationException($"`npm ci` in conformance/ failed:\n{output}");
            }
        }

        return folder;
    }

    private static (int ExitCode, string Output) Run(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 5 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
