using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>bin/netra-infra knows its repository: it works from any folder, and through a symlink on PATH.</summary>
[Collection(nameof(ProgramProcesses))]
public class WrapperLocationTests(BuiltProgram program)
{
    [Fact]
    public void It_runs_from_another_folder_and_through_a_symlink()
    {
        var links = Directory.CreateTempSubdirectory("netra-link-").FullName;
        try
        {
            File.CreateSymbolicLink(Path.Combine(links, "netra-infra"), Repo.Path("bin", "netra-infra"));
            var environment = new Dictionary<string, string> { ["NETRA_BUILD_DIR"] = program.BuildDirectory };

            var (exit, output) = ProcessRunner.Run("bash", "/", environment, "-c", $"{links}/netra-infra plan --stack staging --profile emergency --format markdown");

            exit.Should().Be(0, output);
            output.Should().MatchRegex(@"\*\*staging emergency: \d+ resources;").And.NotContain("not an environment");
        }
        finally
        {
            Directory.Delete(links, recursive: true);
        }
    }
}
