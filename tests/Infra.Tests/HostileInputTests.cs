using System.Diagnostics;
using System.Text;
using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// Stack files written to hurt: anyone can change stacks/staging.yaml in a pull request, and `pulumi preview` reads it
/// in CI. Each is refused with its exact error, nothing on stdout, within a time and an allocation bound. The bounds
/// are loose on purpose (a noisy CI machine must not fail them); what they catch is a hang or an expansion, which
/// costs orders of magnitude more (the 18 KB alias file of issue 12 ran past 60 s and 5 GB).
/// </summary>
public class HostileInputTests
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(20);
    private const long AllocationBound = 512L * 1024 * 1024;

    [Fact]
    public void An_alias_used_as_a_key_is_refused_without_being_expanded()
    {
        // The "billion laughs": nine levels of ten aliases each, the last one used as a mapping key.
        var text = new StringBuilder("project: netra-staging\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            text.Append($"{level}: &{level} [{string.Join(",", Enumerable.Repeat($"*{previous}", 10))}]\n");
        }

        text.Append("? *i\n: 1\n");

        var run = Run(text.ToString());

        run.ErrorLines.Should().Equal(
            "stacks/staging.yaml: error NETRA004: line 2, column 4: an anchor (&a) is not allowed: write the value out (anchors and aliases are refused in our files, docs/validation.md)");
    }

    [Fact]
    public void An_alias_without_its_anchor_used_as_a_key_is_refused()
    {
        var run = Run("project: netra-staging\n? *everything\n: 1\n");

        run.ErrorLines.Should().Equal(
            "stacks/staging.yaml: error NETRA004: line 2, column 3: an alias (*everything) is not allowed: write the value out (anchors and aliases are refused in our files, docs/validation.md)");
    }

    [Fact]
    public void A_hundred_thousand_levels_of_nesting_are_refused_at_the_limit_not_with_a_stack_overflow()
    {
        var run = Run("project: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        run.ErrorLines.Should().Equal("stacks/staging.yaml: error NETRA004: line 1, column 41: nested more than 32 levels deep; our files need 7");
    }

    [Fact]
    public void A_file_over_one_mebibyte_is_not_read()
    {
        var run = Run("# " + new string('x', 1_200_000) + "\nproject: netra-staging\n");

        run.ErrorLines.Should().Equal("stacks/staging.yaml: error NETRA004: 1,200,026 bytes; a file of ours is at most 1,048,576 (1 MiB): nothing was read");
    }

    [Fact]
    public void A_flood_of_errors_shows_fifty_and_counts_the_rest()
    {
        // The real file, then 90,000 unknown keys: under the size limit, one error each.
        var text = new StringBuilder(File.ReadAllText(Repo.Path("stacks", "staging.yaml")));
        for (var i = 0; i < 90_000; i++)
        {
            text.Append($"k{i}: 1\n");
        }

        var run = Run(text.ToString());

        var lines = CliRun.Lines(run.Stderr).ToList();
        run.ErrorLines.Should().HaveCount(50);
        run.ErrorLines[0].Should().Be(
            "stacks/staging.yaml: error NETRA001: k0: unknown key 'k0' (allowed: allowances, cloudNat, connectors, database, directEgress, existing, frontDoor, inferred, network, observability, oneTimeSteps, ownership, profiles, project, region, secrets, services, transitions)");
        lines.Should().EndWith(["netra-infra: 89,950 more finding(s) not shown.", "netra-infra: 90,000 error(s); nothing was emitted."]);
    }

    [Fact]
    public void A_key_written_twice_is_refused_naming_the_key()
    {
        var text = File.ReadAllText(Repo.Path("stacks", "staging.yaml"))
            .Replace("secrets:\n", "secrets:\n  redis-url: {source: random, length: 64, replication: automatic}\n", StringComparison.Ordinal);

        var run = Run(text);

        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(
            "^stacks/staging.yaml: error NETRA004: line [0-9]+, column 3: the key 'redis-url' appears twice in one mapping: write each key once \\(a service, secret or metric is named by its key\\)$");
    }

    /// <summary>Runs `emit` on a copy of the project whose stack file is <paramref name="stackFile"/>, on its own
    /// thread so that its allocations can be counted and a hang fails the test instead of stalling the run.</summary>
    private static CliRun Run(string stackFile)
    {
        var root = Directory.CreateTempSubdirectory("netra-hostile-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "stacks"));
            foreach (var file in Directory.GetFiles(Repo.Root, "Pulumi*.yaml"))
            {
                File.Copy(file, Path.Combine(root, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(root, "stacks", "staging.yaml"), stackFile);
            long allocated = 0;
            var clock = Stopwatch.StartNew();
            var work = Task.Factory.StartNew(() =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var result = CliRun.Invoke(["emit", "--stack", "staging", "--root", root]);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                return result;
            }, TaskCreationOptions.LongRunning);

            work.Wait(TimeBound).Should().BeTrue($"the compiler must answer within {TimeBound.TotalSeconds} s");
            clock.Stop();
            var run = work.Result;
            run.Stdout.Should().BeEmpty();
            run.ExitCode.Should().Be(1);
            run.Stderr.Should().NotContain("   at ", "a refusal is a message, never a stack trace");
            allocated.Should().BeLessThan(AllocationBound, $"reading a bounded file must allocate a bounded amount (took {clock.Elapsed.TotalSeconds:0.0} s)");
            return run;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
