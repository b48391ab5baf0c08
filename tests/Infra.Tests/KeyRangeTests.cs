using System.Reflection;
using System.Text.Json;
using FluentAssertions;
using Netra.Infra.Cli;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// A key's limit is one object that the reader records, the rule checks with, and the schema and the key reference
/// print: so the range an editor shows, the one docs/data-reference.md gives and the one an error names are the same,
/// each with its source.
/// </summary>
public class KeyRangeTests
{
    private static readonly KeySchema Schema = EnvironmentFileLoader.Schema(Repo.Root, "staging", new DiagnosticBag())!;

    public static TheoryData<string> DeclaredLimits()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Declared())
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<(string Name, IKeyLimit Limit)> Declared() =>
        typeof(IKeyLimit).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => typeof(IKeyLimit).IsAssignableFrom(f.FieldType))
            .Select(f => ($"{f.DeclaringType!.Name}.{f.Name}", (IKeyLimit)f.GetValue(null)!));

    [Theory]
    [MemberData(nameof(DeclaredLimits))]
    public void Every_declared_limit_names_its_source(string name)
    {
        var limit = Declared().Single(d => d.Name == name).Limit;

        limit.Source.Should().NotBeNullOrWhiteSpace();
        limit.Allowed.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("profiles.*.services.*.maxInstances", nameof(CloudRunLimits), nameof(CloudRunLimits.MaxInstances))]
    [InlineData("profiles.*.connectors.*.minInstances", nameof(VpcConnectorLimits), nameof(VpcConnectorLimits.MinInstances))]
    [InlineData("database.availabilityType", nameof(CloudSqlTiers), nameof(CloudSqlTiers.AvailabilityTypes))]
    [InlineData("project", nameof(GcpLocationLimits), nameof(GcpLocationLimits.Project))]
    [InlineData("observability.uptimeChecks.periodSeconds", nameof(UptimeCheckLimits), nameof(UptimeCheckLimits.PeriodsSeconds))]
    public void The_key_reference_gives_the_limit_and_source_the_rule_checks_with(string key, string type, string field)
    {
        var limit = Declared().Single(d => d.Name == $"{type}.{field}").Limit;

        Schema.Paths().Single(p => p.Path == key).Limits.Should().Equal(limit);
        var row = File.ReadAllLines(Repo.Path(SchemaCommand.ReferenceFile)).Single(l => l.StartsWith($"| `{key}` |", StringComparison.Ordinal));
        row.Should().Contain($"| {limit.Allowed} | {limit.Source} |");
    }

    [Fact]
    public void The_schema_bounds_a_key_as_its_rule_does()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Repo.Path(SchemaCommand.SchemaFile)));
        var service = json.RootElement.GetProperty("properties").GetProperty("profiles").GetProperty("additionalProperties")
            .GetProperty("properties").GetProperty("services").GetProperty("additionalProperties").GetProperty("properties");

        service.GetProperty("maxInstances").GetProperty("minimum").GetInt32().Should().Be(CloudRunLimits.MaxInstances.Min);
        service.GetProperty("maxInstances").GetProperty("maximum").GetInt32().Should().Be(CloudRunLimits.MaxInstances.Max);
        var availability = json.RootElement.GetProperty("properties").GetProperty("database").GetProperty("properties").GetProperty("availabilityType");
        availability.GetProperty("enum").EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())
            .Should().Equal(CloudSqlTiers.AvailabilityTypes);
    }

    [Fact]
    public void A_key_bounded_differently_in_two_places_keeps_both_in_the_reference_and_neither_in_the_schema()
    {
        var schema = new KeySchema();
        var first = schema.Property("periodSeconds", KeySchema.Kind.Integer, required: true).Limit(CloudRunLimits.StartupPeriodSeconds);
        first.Limit(CloudRunLimits.LivenessPeriodSeconds).Limit(CloudRunLimits.StartupPeriodSeconds);

        first.Limits.Should().Equal(CloudRunLimits.StartupPeriodSeconds, CloudRunLimits.LivenessPeriodSeconds);
        schema.ToJsonSchema("t").Should().NotContain("minimum");
    }
}
