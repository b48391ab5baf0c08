using FluentAssertions;
using Netra.Infra.Config;
using Netra.Infra.Limits;
using Netra.Infra.Validation;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>Table tests of the small pieces the rules stand on.</summary>
public class ValidationPrimitivesTests
{
    [Theory]
    [InlineData("10.1.0.0/28", "10.1.0.16/28", false)]
    [InlineData("10.1.0.0/28", "10.1.0.8/29", true)]
    [InlineData("10.0.0.0/8", "10.3.0.0/28", true)]
    public void Cidr_overlap(string a, string b, bool overlaps) =>
        Ipv4Cidr.Parse(a, out _)!.Overlaps(Ipv4Cidr.Parse(b, out _)!).Should().Be(overlaps);

    [Theory]
    [InlineData("10.1.0/28")]
    [InlineData("10.1.0.0")]
    [InlineData("10.1.0.0/33")]
    [InlineData("::1/128")]
    public void Not_a_cidr(string text) => Ipv4Cidr.Parse(text, out var error).Should().BeNull(error);

    [Theory]
    [InlineData("db-f1-micro", 25)]
    [InlineData("db-g1-small", 50)]
    [InlineData("db-custom-1-3840", 100)]
    [InlineData("db-custom-2-7680", 400)]
    [InlineData("db-n1-standard-4", 500)]
    [InlineData("db-n1-highmem-16", 800)]
    public void Tier_default_connection_limits(string tier, int defaultLimit) =>
        CloudSqlTiers.DefaultMaxConnections(CloudSqlTiers.MemoryMb(tier)!.Value).Should().Be(defaultLimit);

    [Theory]
    [InlineData("512Mi", 512)]
    [InlineData("4Gi", 4096)]
    [InlineData("4G", null)]
    [InlineData("4096", null)]
    public void Memory_quantities(string text, int? mib) => CloudRunLimits.ParseMemoryMib(text).Should().Be(mib);

    [Theory]
    [InlineData("staging-connector", true, 18)]
    [InlineData("staging-connector-emergency", false, 29)]
    [InlineData("1stg", false, 4)]
    [InlineData("stg-", false, 5)]
    public void Connector_names(string name, bool valid, int consoleLength)
    {
        VpcConnectorLimits.NamePattern().IsMatch(name).Should().Be(valid);
        VpcConnectorLimits.ConsoleLength(name).Should().Be(consoleLength);
    }

    [Theory]
    [InlineData("maxInstance", "maxInstances")]
    [InlineData("max_instances", "maxInstances")]
    [InlineData("ipCidr", null)]
    public void Did_you_mean(string typed, string? expected) =>
        Suggestions.Closest(typed, ["maxInstances", "minInstances", "machineType"]).Should().Be(expected);
}
