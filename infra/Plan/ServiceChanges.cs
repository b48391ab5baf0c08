namespace Netra.Infra.Plan;

/// <summary>What a change to a Cloud Run service does to its revisions, from its fields (a change can do several
/// things at once: a new template and a new ingress).</summary>
public static class ServiceChanges
{
    /// <summary>A new revision: the service is created or replaced, or its template changes.</summary>
    public static bool StartsRevision(ResourceChange change) =>
        change.Kind == ChangeKind.Created || change.Disruption == Disruption.Replace
        || change.Fields.Any(f => f.Path.StartsWith("properties.template.", StringComparison.Ordinal));

    /// <summary>The revision that serves changes: a new one, or traffic moved to another.</summary>
    public static bool ChangesServingRevision(ResourceChange change) =>
        StartsRevision(change) || change.Fields.Any(f => f.Path.StartsWith("properties.traffics", StringComparison.Ordinal));
}
