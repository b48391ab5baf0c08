using FluentAssertions;
using Netra.Infra.Cli;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Conformance;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// Every emitted program — all profiles, adoption mode, plugin discovery and each one-time step made — type-checks against the real
/// `@pulumi/gcp` 9.37.0 and `@pulumi/random` SDKs; and the check itself fails on a misspelled property and on a
/// wrong value type. tsc runs take seconds, so these run one at a time.
/// </summary>
[Collection(nameof(ConformanceTests))]
public class ConformanceTests
{
    [Fact]
    public void Every_emitted_program_conforms_to_the_provider_sdks()
    {
        var staging = Programs.StagingEnvironment();
        var withInvokers = staging with
        {
            Services = staging.Services.ToDictionary(s => s.Key, s => s.Value with { Invokers = new Netra.Infra.Model.InvokerAccess(false, ["allUsers"]) }),
        };
        var programs = Programs.StagingProfiles.Select(p => ($"staging {p}", Programs.Staging(p)))
            .Append(("staging adoption", Programs.Staging("normal", adopt: true)))
            .Append(("staging normal, after the one-time steps", Programs.Owned("normal")))
            .Append(("staging normal, invoker bindings", Netra.Infra.Components.StackProgram.Build(new Netra.Infra.Model.Deployment(withInvokers, withInvokers.Profiles["normal"]))))
            // The pager once its key is added: a pagerduty channel whose serviceKey is a getSecretVersion result.
            .Append(("staging normal, the paging key added", Netra.Infra.Components.StackProgram.Build(new Netra.Infra.Model.Deployment(ObservabilityTests.WithPagerKey(staging, "1"), staging.Profiles["normal"]))))
            .Append(("plugin discovery", Compiler.DiscoveryProgram()))
            // Each one-time step made: an SSL policy attached, request logs on, the public IP gone, flags added.
            .Concat(staging.OneTimeSteps.Select(step =>
            {
                var after = StepData.After(step.Name).Environment;
                return ($"staging normal after {step.Name}", Netra.Infra.Components.StackProgram.Build(new Netra.Infra.Model.Deployment(after, after.Profiles["normal"])));
            }));

        var (exit, output) = TypeScriptChecker.Check(TypeScriptProgram.Render(programs));

        exit.Should().Be(0, output);
    }

    [Fact]
    public void A_misspelled_property_fails_the_check()
    {
        var fixture = Fixture(new MapValue { { "name", "staging-connector" }, { "maxInstance", 10 } });

        var (exit, output) = TypeScriptChecker.Check(TypeScriptProgram.Render([("fixture", fixture)]));

        exit.Should().NotBe(0);
        output.Should().Contain("'maxInstance' does not exist in type 'ConnectorArgs'");
    }

    [Fact]
    public void A_wrong_value_type_fails_the_check()
    {
        var fixture = Fixture(new MapValue { { "name", "staging-connector" }, { "minInstances", "2" } });

        var (exit, output) = TypeScriptChecker.Check(TypeScriptProgram.Render([("fixture", fixture)]));

        exit.Should().NotBe(0);
        output.Should().Contain("Type 'string' is not assignable to type 'Input<number | undefined>'");
    }

    [Fact]
    public void A_function_s_misspelled_result_fails_the_check()
    {
        var key = new InvokeValue("gcp:secretmanager:getSecretVersion", new MapValue { { "secret", "oncall-paging-key" }, { "version", "1" } }, "secretDatum", new ReferenceValue("gcp-provider"));
        var fixture = new ProgramDeclaration("fixture", [], [new ResourceDeclaration("oncall-pager-channel", "gcp:monitoring:NotificationChannel",
            new MapValue { { "type", "pagerduty" }, { "sensitiveLabels", new MapValue { { "serviceKey", key } } } }, new ResourceOptions(), [])], []);

        var (exit, output) = TypeScriptChecker.Check(TypeScriptProgram.Render([("fixture", fixture)]));

        exit.Should().NotBe(0);
        output.Should().Contain("Property 'secretDatum' does not exist");
    }

    [Theory]
    [InlineData("gcp:vpcaccess:Connector", "gcp.vpcaccess.ConnectorArgs")]
    [InlineData("pulumi:providers:random", "random.ProviderArgs")]
    [InlineData("random:index:RandomPassword", "random.RandomPasswordArgs")]
    public void Type_tokens_map_to_the_sdks_args_types(string token, string args) =>
        TypeScriptProgram.ArgsType(token).Should().Be(args);

    private static ProgramDeclaration Fixture(MapValue properties) =>
        new("fixture", [], [new ResourceDeclaration("primary-connector", "gcp:vpcaccess:Connector", properties, new ResourceOptions(), [])], []);
}

[CollectionDefinition(nameof(ConformanceTests), DisableParallelization = true)]
public class ConformanceCollection;
