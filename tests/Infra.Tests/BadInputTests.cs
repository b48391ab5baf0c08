using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The bad-input corpus: each file changes the real staging data the way someone did or could, and names the
/// exact errors it must produce. Nothing may reach stdout, and the exit code must say "rejected".
/// </summary>
public class BadInputTests
{
    [Theory]
    [MemberData(nameof(BadInputCase.All), MemberType = typeof(BadInputCase))]
    public void Bad_input_is_rejected_with_its_exact_errors_and_nothing_is_emitted(string name)
    {
        var badInput = BadInputCase.Load(name);
        var root = badInput.Apply();
        try
        {
            List<string> args = ["emit", "--stack", "staging", "--root", root];
            if (badInput.Profile is { } profile)
            {
                args.AddRange(["--profile", profile]);
            }

            if (badInput.ConfigFile is not null)
            {
                args.AddRange(["--config-file", "Pulumi.case.yaml"]);
            }

            var run = CliRun.Invoke([.. args], badInput.Environment);

            run.Stdout.Should().BeEmpty(badInput.Description);
            run.ExitCode.Should().Be(1);
            run.ErrorLines.Should().BeEquivalentTo(badInput.Expect, $"{badInput.Description}; stderr was:\n{run.Stderr}");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_corpus_has_at_least_twenty_cases_each_expecting_an_error()
    {
        var cases = BadInputCase.All().Select(c => BadInputCase.Load((string)c[0])).ToList();

        cases.Should().HaveCountGreaterThanOrEqualTo(20);
        cases.Should().OnlyContain(c => c.Expect.Count > 0);
    }
}
