namespace Netra.Infra.Model;

/// <summary>Where an environment lives: one project, one region, one VPC network.</summary>
public sealed record GcpLocation(string Project, string Region, string Network)
{
    /// <summary>The network as the Cloud SQL API wants it (a self link, not a bare name).</summary>
    public string NetworkId => $"projects/{Project}/global/networks/{Network}";
}
