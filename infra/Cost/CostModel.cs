using System.Globalization;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Cost;

/// <summary>
/// What a profile keeps running all day, priced from the price table: connector instances by machine type (a range:
/// minimum to maximum instances, since connectors never scale in), the Cloud SQL tier, Cloud Run minimum
/// instances, and what Cloud Monitoring bills for the checks and alerts (MonitoringCost). Load-dependent costs (requests, traffic) are the same whichever profile runs and are left out.
/// </summary>
public static class CostModel
{
    private const decimal HoursPerDay = 24;
    private const decimal SecondsPerDay = 86_400;

    public static ProfileCost For(EnvironmentSpec environment, ProfileSpec profile, PriceTable prices)
    {
        var lines = new List<CostLine>();
        foreach (var (role, capacity) in profile.Connectors.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            lines.Add(Connector(environment.Connectors[role], capacity, prices));
        }

        if (DirectEgress(environment, profile) is { } direct)
        {
            lines.Add(direct);
        }

        lines.Add(Database(environment.Database, prices));
        if (environment.FrontDoor is { } door)
        {
            lines.Add(FrontDoor(door, prices));
        }
        foreach (var (role, capacity) in profile.Services.Where(s => s.Value.MinInstances > 0).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            lines.Add(MinimumInstances(environment.Services[role], capacity, prices));
        }

        if (MonitoringCost.UptimeChecks(environment, prices) is { } uptime)
        {
            lines.Add(uptime);
        }

        if (MonitoringCost.AlertingConditions(environment, profile, prices) is { } alerting)
        {
            lines.Add(alerting);
        }

        return new ProfileCost(profile.Name, lines);
    }

    private static CostLine Connector(ConnectorSpec connector, ConnectorCapacity capacity, PriceTable prices)
    {
        var (item, detail) = ($"connector {connector.Role} ({connector.Name})", $"{capacity.MinInstances}..{capacity.MaxInstances} × {capacity.MachineType}");
        var id = PriceIds.ConnectorInstanceHour(capacity.MachineType);
        if (prices.Find(id) is not { } price)
        {
            return new CostLine(item, detail, "", null, null, [], [id]);
        }

        return new CostLine(item, detail,
            $"{capacity.MinInstances} to {capacity.MaxInstances} instances × {Usd(price)}/h × 24 h (connectors never scale in: after a burst, the high end until recreated)",
            capacity.MinInstances * price.Usd * HoursPerDay,
            capacity.MaxInstances * price.Usd * HoursPerDay,
            [price],
            []);
    }

    /// <summary>
    /// Direct VPC egress runs nothing of its own: no connector VMs ("Serverless VPC Access connectors also charge for
    /// the compute required to run them", and no charge is listed for direct egress), and a subnet costs nothing. The
    /// traffic into the VPC is "billed as egress from a VM" (https://cloud.google.com/run/pricing) on either route, so
    /// it is load, the same whichever route runs, and left out like all traffic.
    /// </summary>
    private static CostLine? DirectEgress(EnvironmentSpec environment, ProfileSpec profile)
    {
        var services = profile.Services.Where(s => s.Value.DirectEgress).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
        if (services.Count == 0 || environment.DirectEgress is not { } direct)
        {
            return null;
        }

        return new CostLine($"Direct VPC egress ({direct.Subnet})", string.Join(", ", services),
            "no VMs and no fee of its own (https://cloud.google.com/run/pricing); its traffic is billed as VM egress, as through a connector, and left out with all traffic",
            0, 0, [], []);
    }

    /// <summary>The front door's two forwarding rules (HTTPS, and HTTP for the redirect) run all day; the data it
    /// processes is load, the same in every profile, and left out like all traffic.</summary>
    private static CostLine FrontDoor(FrontDoorSpec door, PriceTable prices)
    {
        const int rules = 2;
        var (item, detail) = ($"front door ({door.UrlMap})", $"{rules} forwarding rules");
        if (prices.Find(PriceIds.LoadBalancerForwardingRuleHour) is not { } price)
        {
            return new CostLine(item, detail, "", null, null, [], [PriceIds.LoadBalancerForwardingRuleHour]);
        }

        var perDay = rules * price.Usd * HoursPerDay;
        return new CostLine(item, detail, $"{rules} × {Usd(price)}/h × 24 h; the data it processes is load and left out", perDay, perDay, [price], []);
    }

    private static CostLine Database(DatabaseSpec database, PriceTable prices)
    {
        var (item, detail) = ($"Cloud SQL {database.Name}", $"{database.Tier} ({database.Edition}, {database.AvailabilityType})");
        var (cpus, memoryMb) = (CloudSqlTiers.VCpus(database.Tier), CloudSqlTiers.MemoryMb(database.Tier));
        if (database.Edition != "ENTERPRISE" || database.AvailabilityType != "ZONAL" || cpus is null || memoryMb is null)
        {
            return new CostLine(item, detail, "the table prices dedicated-core ENTERPRISE ZONAL instances only", null, null, [], [$"sql.{database.Edition.ToLowerInvariant()}.{database.AvailabilityType.ToLowerInvariant()}.{database.Tier}"]);
        }

        var (cpuPrice, memoryPrice) = (prices.Find(PriceIds.SqlEnterpriseVcpuHour), prices.Find(PriceIds.SqlEnterpriseGbHour));
        if (cpuPrice is null || memoryPrice is null)
        {
            return new CostLine(item, detail, "", null, null, [], [PriceIds.SqlEnterpriseVcpuHour, PriceIds.SqlEnterpriseGbHour]);
        }

        var gigabytes = memoryMb.Value / 1024m;
        var perDay = ((cpus.Value * cpuPrice.Usd) + (gigabytes * memoryPrice.Usd)) * HoursPerDay;
        return new CostLine(item, detail,
            $"({cpus} vCPU × {Usd(cpuPrice)} + {gigabytes.ToString("0.##", CultureInfo.InvariantCulture)} GB × {Usd(memoryPrice)})/h × 24 h; storage not included",
            perDay, perDay, [cpuPrice, memoryPrice], []);
    }

    /// <summary>Minimum instances run all day: always-allocated CPU (cpuIdle: false) at the instance rate, request-billed
    /// services' idle minimum instances at the idle rate; CPU and memory each priced when the table has the price.</summary>
    private static CostLine MinimumInstances(ServiceSpec service, ServiceCapacity capacity, PriceTable prices)
    {
        var (item, detail) = ($"Cloud Run {service.Name}, minimum instances", $"{capacity.MinInstances} × ({capacity.Cpu} vCPU, {capacity.Memory}), {(service.CpuIdle ? "idle between requests" : "CPU always allocated")}");
        var cpus = CloudRunLimits.ParseCpu(capacity.Cpu) ?? 0;
        var gib = (CloudRunLimits.ParseMemoryMib(capacity.Memory) ?? 0) / 1024m;
        var parts = service.CpuIdle
            ? new[] { (PriceIds.RunIdleVcpuSecond, cpus, "vCPU"), (PriceIds.RunIdleGibSecond, gib, "GiB") }
            : [(PriceIds.RunAlwaysAllocatedVcpuSecond, cpus, "vCPU"), (PriceIds.RunAlwaysAllocatedGibSecond, gib, "GiB")];

        decimal? perDay = null;
        var (used, missing, basis) = (new List<Price>(), new List<string>(), new List<string>());
        foreach (var (id, units, unit) in parts)
        {
            if (prices.Find(id) is not { } price)
            {
                missing.Add(id);
                continue;
            }

            perDay = (perDay ?? 0) + (capacity.MinInstances * units * price.Usd * SecondsPerDay);
            used.Add(price);
            basis.Add($"{capacity.MinInstances} × {units.ToString("0.##", CultureInfo.InvariantCulture)} {unit} × {Usd(price)}/s × 86,400 s");
        }

        return new CostLine(item, detail, string.Join(" + ", basis), perDay, perDay, used, missing);
    }

    private static string Usd(Price price) => "$" + price.Usd.ToString(CultureInfo.InvariantCulture);
}
