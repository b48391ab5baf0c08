namespace Netra.Infra.Resources;

/// <summary>A Pulumi provider package, pinned to the version our conformance check uses.</summary>
public sealed record ProviderPackage(string Name, string Version, string? DownloadUrl = null)
{
    public string ProviderType => $"pulumi:providers:{Name}";

    public string LogicalName => $"{Name}-provider";

    public ReferenceValue Reference => new(LogicalName);
}
