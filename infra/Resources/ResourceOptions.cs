namespace Netra.Infra.Resources;

/// <summary>The Pulumi resource options this program uses (Pulumi YAML `options:`).</summary>
public sealed record ResourceOptions
{
    public ReferenceValue? Provider { get; init; }

    /// <summary>Pins the provider plugin; set on provider resources, so discovery installs the tested version.</summary>
    public string? Version { get; init; }

    /// <summary>Where the engine downloads a plugin that is not in Pulumi's own registry.</summary>
    public string? PluginDownloadUrl { get; init; }

    public bool Protect { get; init; }

    public bool DeleteBeforeReplace { get; init; }

    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];

    public IReadOnlyList<ReferenceValue> DependsOn { get; init; } = [];

    /// <summary>The GCP id of an existing object to adopt instead of creating it (adoption mode only).</summary>
    public string? Import { get; init; }

    /// <summary>Dropped from the stack, never deleted in GCP, if it ever leaves the program.</summary>
    public bool RetainOnDelete { get; init; }
}
