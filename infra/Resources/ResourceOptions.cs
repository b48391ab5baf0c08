namespace Netra.Infra.Resources;

/// <summary>The Pulumi resource options this program uses (Pulumi YAML `options:`).</summary>
public sealed record ResourceOptions
{
    public ReferenceValue? Provider { get; init; }

    /// <summary>Pins the provider plugin; set on provider resources, so discovery installs the tested version.</summary>
    public string? Version { get; init; }

    public bool Protect { get; init; }

    public bool DeleteBeforeReplace { get; init; }

    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];

    public IReadOnlyList<ReferenceValue> DependsOn { get; init; } = [];
}
