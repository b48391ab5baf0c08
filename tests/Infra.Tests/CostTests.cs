using FluentAssertions;
using Netra.Infra.Cost;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>$/day of each profile and of each switch, from the dated price table, and the table's own strictness.</summary>
public class CostTests
{
    private static readonly EnvironmentSpec Staging = Programs.StagingEnvironment();

    private static PriceTable Table(params Price[] prices) => new("prices/test.yaml", prices.ToDictionary(p => p.Id));

    private static Price P(string id, decimal usd) => new(id, usd, "test", "2026-11-23", false);

    private static ProfileCost Cost(string profile, PriceTable prices) => CostModel.For(Staging, Staging.Profiles[profile], prices);

    [Fact]
    public void Connectors_cost_their_minimum_to_maximum_instances_at_the_machine_type_s_hourly_price()
    {
        var prices = Table(P(PriceIds.ConnectorInstanceHour("e2-micro"), 0.01m), P(PriceIds.ConnectorInstanceHour("e2-standard-4"), 0.1m));

        var standby = Cost("normal", prices).Lines.Single(l => l.Item == "connector standby (staging-standby)");

        (standby.LowPerDay, standby.HighPerDay).Should().Be((2 * 0.1m * 24, 3 * 0.1m * 24));
        Cost("normal", prices).Lines.Single(l => l.Item == "connector primary (staging-connector)").HighPerDay.Should().Be(10 * 0.01m * 24);
    }

    [Fact]
    public void The_database_costs_its_tier_s_vcpus_and_memory_per_hour()
    {
        var prices = Table(P(PriceIds.SqlEnterpriseVcpuHour, 0.04m), P(PriceIds.SqlEnterpriseGbHour, 0.008m));

        // db-custom-1-3840: 1 vCPU and 3,840 MB = 3.75 GB.
        Cost("normal", prices).Lines.Single(l => l.Item.StartsWith("Cloud SQL", StringComparison.Ordinal)).LowPerDay
            .Should().Be(((1 * 0.04m) + (3.75m * 0.008m)) * 24);
    }

    [Fact]
    public void Minimum_instances_cost_all_day_and_a_missing_price_is_named_never_guessed()
    {
        var prices = Table(P(PriceIds.RunAlwaysAllocatedVcpuSecond, 0.00002m));

        var normal = Cost("normal", prices);
        var backend = normal.Lines.Single(l => l.Item == "Cloud Run netra-backend-staging, minimum instances");

        backend.LowPerDay.Should().Be(1 * 4 * 0.00002m * 86_400, "normal keeps one 4-vCPU backend with CPU always allocated");
        backend.Missing.Should().Equal(PriceIds.RunAlwaysAllocatedGibSecond);
        backend.Amount.Should().EndWith("+ not priced");
        normal.Lines.Should().NotContain(l => l.Item.Contains("netra-auth-service", StringComparison.Ordinal), "auth scales to zero in normal");
        Cost("emergency", prices).Lines.Single(l => l.Item == "Cloud Run netra-auth-service, minimum instances").Amount.Should().Be("not priced");
    }

    [Fact]
    public void The_warm_standby_is_paid_for_in_every_profile_so_the_switch_to_emergency_adds_only_what_is_not_priced()
    {
        var prices = PriceTable.Load(Repo.Root, "us-central1", new DiagnosticBag())!;

        var (normal, emergency) = (Cost("normal", prices), Cost("emergency", prices));

        normal.Lines.Single(l => l.Item == "connector standby (staging-standby)").Amount.Should().Be("$6.43–$9.65");
        (emergency.Low, emergency.High).Should().Be((normal.Low, normal.High), "emergency creates nothing: only auth's warm instance, whose idle price the table lacks");
        emergency.Missing.Should().Contain(PriceIds.RunIdleVcpuSecond);
        ProfileCost.Change(normal, emergency).Should().Be($"{normal.Range} → {emergency.Range} (±$0.00/day)");
        Cost("rollback", prices).Low.Should().Be(normal.Low, "rollback only moves traffic");
    }

    [Fact]
    public void Every_price_in_the_repository_has_a_source_and_the_date_it_was_read()
    {
        var diagnostics = new DiagnosticBag();

        var prices = PriceTable.Load(Repo.Root, "us-central1", diagnostics);

        diagnostics.Items.Should().BeEmpty();
        PriceIds.All.Select(prices!.Find).OfType<Price>().Should().NotBeEmpty()
            .And.OnlyContain(p => p.Source.Length > 0 && p.Read.Length == 10);
    }

    [Fact]
    public void A_misspelled_price_id_an_undated_price_and_an_unknown_key_are_errors_naming_the_file_and_key()
    {
        var root = Directory.CreateTempSubdirectory("netra-prices-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "prices"));
        File.WriteAllText(Path.Combine(root, "prices", "us-central1.yaml"), """
            region: us-central1
            currency: USD
            prices:
              connector.e2-mikro.instance-hour: {usd: 0.01, source: x, read: 2026-11-23}
              sql.enterprise.gb-hour: {usd: 0.007, source: x, read: last week}
              sql.enterprise.vcpu-hour: {usd: 0.04, source: x, read: 2026-11-23, note: y}
            """);
        var diagnostics = new DiagnosticBag();

        PriceTable.Load(root, "us-central1", diagnostics);
        Directory.Delete(root, recursive: true);

        diagnostics.Items.Select(d => (d.File, d.KeyPath)).Should().Equal(
            ("prices/us-central1.yaml", "prices.connector.e2-mikro.instance-hour"),
            ("prices/us-central1.yaml", "prices.sql.enterprise.gb-hour.read"),
            ("prices/us-central1.yaml", "prices.sql.enterprise.vcpu-hour.note"));
        diagnostics.Items[0].Message.Should().Contain("did you mean 'connector.e2-micro.instance-hour'?");
    }

    [Theory]
    [InlineData(1.5, "$1.50")]
    [InlineData(0.005, "$0.01")]
    [InlineData(1234.5, "$1,234.50")]
    public void Money_is_printed_in_cents(decimal amount, string text)
    {
        Money.Usd(amount).Should().Be(text);
    }
}
