namespace Netra.Infra.Switch;

/// <summary>
/// One step of `pulumi preview --json`, as pulumi/pulumi pkg/display/json.go declares PreviewStep: the operation
/// (`same`, `create`, `update`, `delete`, `replace`, `create-replacement`, `delete-replaced`, `read`, `refresh`,
/// `import`…), the resource's URN, the top-level properties that differ (diffReasons), those that force a replacement
/// (replaceReasons), and the property-level diff (detailedDiff: property path → kind such as `update` or
/// `add-replace`).
/// </summary>
public sealed record PreviewStep(
    string Op,
    string Urn,
    IReadOnlyList<string> DiffReasons,
    IReadOnlyList<string> ReplaceReasons,
    IReadOnlyDictionary<string, string> DetailedDiff)
{
    /// <summary>The logical name: the URN's last part (urn:pulumi:stack::project::type::name).</summary>
    public string Name => Urn[(Urn.LastIndexOf("::", StringComparison.Ordinal) + 2)..];

    /// <summary>The resource type: the URN's type part, its own (last) type when it has parents.</summary>
    public string Type
    {
        get
        {
            var parts = Urn.Split("::");
            return parts.Length >= 4 ? parts[^2].Split('$')[^1] : "";
        }
    }

    /// <summary>Operations that change nothing in the cloud (the preview's read of what exists).</summary>
    public bool ChangesNothing => Op is "same" or "read" or "refresh";
}
