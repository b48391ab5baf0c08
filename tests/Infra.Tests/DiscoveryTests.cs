using FluentAssertions;
using Netra.Infra.Emit;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>The engine runs the compiler once without a stack to learn the plugins: that call must succeed.</summary>
public class DiscoveryTests
{
    [Fact]
    public void Without_a_stack_the_compiler_declares_every_provider_pinned()
    {
        var run = CliRun.Invoke(["compile"], new Dictionary<string, string>());

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().BeEmpty();
        run.Stdout.Should().Contain("""
              gcp-provider:
                type: pulumi:providers:gcp
                options:
                  version: 9.37.0
              random-provider:
                type: pulumi:providers:random
                options:
                  version: 4.21.2
              time-provider:
                type: pulumi:providers:time
                options:
                  version: 0.1.1
                  pluginDownloadURL: github://api.github.com/pulumiverse/pulumi-time
            """);
    }

    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void Discovery_covers_every_package_a_real_run_uses(string profile)
    {
        var discovered = Netra.Infra.Cli.Compiler.DiscoveryProgram().Resources.Select(r => r.Type.Split(':')[2]).ToHashSet();

        var used = Programs.Staging(profile).Resources
            .Select(r => r.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal) ? r.Type.Split(':')[2] : r.Type.Split(':')[0]);

        used.Should().OnlyContain(p => discovered.Contains(p));
        ProviderCatalog.All.Select(p => p.Name).Should().BeEquivalentTo(discovered);
    }

    [Fact]
    public void Discovery_output_is_a_program_and_nothing_else()
    {
        var yaml = PulumiYamlEmitter.Emit(Netra.Infra.Cli.Compiler.DiscoveryProgram());

        CliRun.Invoke(["compile"]).Stdout.Should().Be(yaml);
    }
}
