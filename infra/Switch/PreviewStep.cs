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

    /// <summary>
    /// The resource type as Pulumi YAML writes it (`gcp:sql:DatabaseInstance`): the URN's own (last) type, whose
    /// canonical token names the module's file too (`gcp:sql/databaseInstance:DatabaseInstance`, pulumi/pulumi
    /// sdk/go/common/tokens: package:module:member, the module's `/…` part being the schema's file name).
    /// </summary>
    public string Type
    {
        get
        {
            var parts = Urn.Split("::");
            var token = parts.Length >= 4 ? parts[^2].Split('$')[^1] : "";
            var pieces = token.Split(':');
            return pieces.Length == 3 ? $"{pieces[0]}:{pieces[1].Split('/')[0]}:{pieces[2]}" : token;
        }
    }

    /// <summary>Operations that change nothing in the cloud (the preview's read of what exists).</summary>
    public bool ChangesNothing => Op is "same" or "read" or "refresh";
}
