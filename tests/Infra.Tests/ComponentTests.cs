using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Model;
using Netra.Infra.Resources;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>Each component, given records, declares what it must; no files, no YAML.</summary>
public class ComponentTests
{
    private static readonly GcpLocation Location = new("p", "us-central1", "net");
    private static readonly ReferenceValue Provider = new("gcp-provider");

    [Fact]
    public void A_connector_has_explicit_name_and_counts_and_never_throughput()
    {
        var connector = VpcConnectorComponent.Declare(Location, new ConnectorSpec("emergency", "stg-emerg", "10.2.0.0/28"), new ConnectorCapacity("e2-standard-4", 2, 10), Provider);

        connector.Name.Should().Be("emergency-connector");
        connector.Properties.Entries.Select(e => e.Key).Should().Equal("name", "project", "region", "network", "ipCidrRange", "machineType", "minInstances", "maxInstances");
        connector.Properties["maxInstances"].Should().Be(new NumberValue(10));
        connector.Options.DeleteBeforeReplace.Should().BeTrue();
    }

    [Fact]
    public void The_database_is_protected_three_ways_its_flags_are_sorted_and_its_backups_declared()
    {
        var database = new DatabaseSpec("db", "POSTGRES_14", "db-custom-1-3840", "ENTERPRISE", "ZONAL", "ENCRYPTED_ONLY", 10, new Dictionary<string, string>(), "u", "d",
            new BackupSpec(true, "03:00", false, 7, 7), new MaintenanceWindowSpec(7, 4, "stable"));
        var flags = new Dictionary<string, string> { ["work_mem"] = "4096", ["max_connections"] = "100", ["log_lock_waits"] = "on" };

        var instance = CloudSqlInstanceComponent.Declare(Location, database, flags, [], Provider);

        instance.Options.Protect.Should().BeTrue();
        instance.Properties["deletionProtection"].Should().Be(new BoolValue(true));
        var settings = (MapValue)instance.Properties["settings"]!;
        settings["deletionProtectionEnabled"].Should().Be(new BoolValue(true));
        ((ListValue)settings["databaseFlags"]!).Items.Cast<MapValue>().Select(f => ((StringValue)f["name"]!).Value)
            .Should().Equal("log_lock_waits", "max_connections", "work_mem");
        var backups = (MapValue)settings["backupConfiguration"]!;
        backups["pointInTimeRecoveryEnabled"].Should().Be(new BoolValue(false));
        ((MapValue)backups["backupRetentionSettings"]!)["retainedBackups"].Should().Be(new NumberValue(7));
        ((MapValue)settings["maintenanceWindow"]!)["day"].Should().Be(new NumberValue(7));
    }

    [Fact]
    public void A_service_ignores_exactly_what_the_deploy_pipeline_changes_and_pins_a_revision()
    {
        var probe = new ProbeSpec(ProbeKind.HttpGet, "/health", 120, 80, 60, 3);
        var service = new ServiceSpec("backend", "svc", "svc-run", "img", 8080, "INGRESS_TRAFFIC_ALL", new InvokerAccess(true, []), false, true,
            new Dictionary<string, string> { ["A"] = "1" }, new Dictionary<string, string> { ["DB"] = "database-url" }, probe, null);
        var capacity = new ServiceCapacity("2", "2Gi", 1, 8, 80, 600, "emergency", Egress.AllTraffic, new DatabasePool(4, 2), [new TrafficTarget("svc-00749-6tr", 100)]);

        var wiring = new ServiceWiring(new ReferenceValue("emergency-connector", "id"), new ReferenceValue("backend-service-account", "email"),
            new Dictionary<string, SecretReference> { ["DB"] = new(new ReferenceValue("database-url-secret", "secretId"), "latest") }, [new ReferenceValue("backend-reads-database-url")]);
        var declared = CloudRunServiceComponent.Declare(Location, service, capacity, wiring, Provider);

        declared.Options.IgnoreChanges.Should().Equal("template.containers[0].image", "client", "clientVersion", "template.revision", "template.annotations[\"client.knative.dev/user-image\"]");
        var traffic = (MapValue)((ListValue)declared.Properties["traffics"]!).Items.Single();
        traffic["type"].Should().Be(new StringValue("TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION"));
        traffic["revision"].Should().Be(new StringValue("svc-00749-6tr"));
        var template = (MapValue)declared.Properties["template"]!;
        ((MapValue)template["vpcAccess"]!)["egress"].Should().Be(new StringValue("ALL_TRAFFIC"));
        var container = (MapValue)((ListValue)template["containers"]!).Items.Single();
        var envs = ((ListValue)container["envs"]!).Items.Cast<MapValue>().Select(e => ((StringValue)e["name"]!).Value);
        envs.Should().Equal("A", "DATABASE_POOL_SIZE", "DATABASE_MAX_OVERFLOW", "DB");
        var startup = (MapValue)container["startupProbe"]!;
        startup["initialDelaySeconds"].Should().Be(new NumberValue(120));
        startup["timeoutSeconds"].Should().Be(new NumberValue(60));
        declared.Comments.Should().Contain(c => c.Contains("pinned to svc-00749-6tr"));
        declared.Properties["invokerIamDisabled"].Should().Be(new BoolValue(true), "public: the invoker check is off");
        ((MapValue)declared.Properties["scaling"]!)["maxInstanceCount"].Should().Be(new NumberValue(8));
    }
}
