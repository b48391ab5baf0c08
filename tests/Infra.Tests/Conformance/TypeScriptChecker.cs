using Netra.Infra.Tests.Support;

namespace Netra.Infra.Tests.Conformance;

/// <summary>
/// Runs `tsc --noEmit` on generated TypeScript inside conformance/, whose node_modules holds the pinned provider
/// SDKs (<see cref="NodeTools"/>).
/// </summary>
public static class TypeScriptChecker
{
    public static (int ExitCode, string Output) Check(string typeScript)
    {
        var check = Directory.CreateDirectory(Path.Combine(NodeTools.Folder, $".check-{Guid.NewGuid():N}"));
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
            return ProcessRunner.Run("node", NodeTools.Folder, NodeTools.TypeScriptCompiler, "-p", Path.Combine(check.FullName, "tsconfig.json"));
        }
        finally
        {
            check.Delete(recursive: true);
        }
    }
}
