namespace Netra.Infra.Model;

/// <summary>
/// A capacity profile of an environment (normal, emergency, rollback): the connectors that exist and their
/// size, the database flags, and each service's capacity. Keys of the dictionaries are roles.
/// </summary>
public sealed record ProfileSpec(
    string Name,
    string Description,
    string? Extends,
    IReadOnlyDictionary<string, ConnectorCapacity> Connectors,
    IReadOnlyDictionary<string, string> DatabaseFlags,
    IReadOnlyDictionary<string, ServiceCapacity> Services);
