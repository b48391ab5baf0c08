using FluentAssertions;
using Json.Schema;
using Netra.Infra.Cli;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The JSON Schema editors check stacks/staging.yaml with while it is typed: made from the reader itself (`schema
/// --write`), current, pointed to by the data file's first line; the data passes it, a misspelled key does not.
/// </summary>
public class DataSchemaTests
{
    private static System.Text.Json.JsonElement Element(string yaml) =>
        System.Text.Json.JsonDocument.Parse(YamlAsJson.Convert(yaml)!.ToJsonString()).RootElement;

    private static JsonSchema Schema() => JsonSchema.FromText(File.ReadAllText(Repo.Path(SchemaCommand.SchemaFile)));

    [Fact]
    public void The_checked_in_schema_and_key_reference_are_the_ones_the_reader_makes()
    {
        var run = CliRun.Invoke(["schema", "--stack", "staging"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        File.ReadAllText(Repo.Path(SchemaCommand.SchemaFile)).Should().Be(run.Stdout, "regenerate with `bin/netra-infra schema --stack staging --write`");
        var schema = Netra.Infra.Config.EnvironmentFileLoader.Schema(Repo.Root, "staging", new Netra.Infra.Diagnostics.DiagnosticBag())!;
        File.ReadAllText(Repo.Path(SchemaCommand.ReferenceFile)).Should().Be(SchemaCommand.Reference(schema));
    }

    [Fact]
    public void The_data_file_points_editors_to_the_schema_and_passes_it()
    {
        var yaml = File.ReadAllText(Repo.Path("stacks", "staging.yaml"));

        yaml.Split('\n')[0].Should().Be("# yaml-language-server: $schema=./environment.schema.json");
        var result = Schema().Evaluate(Element(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("    ipCidrRange: 10.1.0.0/28\n", "    ipCidrRang: 10.1.0.0/28\n")]
    [InlineData("      primary: {machineType: e2-micro, minInstances: 2, maxInstances: 10}\n", "      primary: {machineType: e2-micro, minInstances: 2, maxInstance: 10}\n")]
    [InlineData("  connectionReserve: 10\n", "  connectionReserve: ten\n")]
    [InlineData("      primary: {machineType: e2-micro, minInstances: 2, maxInstances: 10}\n", "      primary: {machineType: e2-micro, minInstances: 2, maxInstances: 11}\n")]
    [InlineData("      primary: {machineType: e2-micro, minInstances: 2, maxInstances: 10}\n", "      primary: {machineType: e2-small, minInstances: 2, maxInstances: 10}\n")]
    [InlineData("  availabilityType: ZONAL\n", "  availabilityType: zonal\n")]
    [InlineData("project: netra-staging\n", "project: Netra_Staging\n")]
    public void A_misspelled_key_a_value_of_the_wrong_kind_or_out_of_range_fails_it(string written, string typo)
    {
        var yaml = File.ReadAllText(Repo.Path("stacks", "staging.yaml"));
        yaml.Should().Contain(written);

        var result = Schema().Evaluate(Element(yaml.Replace(written, typo, StringComparison.Ordinal)));

        result.IsValid.Should().BeFalse();
    }
}
