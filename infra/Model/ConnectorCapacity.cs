namespace Netra.Infra.Model;

/// <summary>What a profile gives a connector. A connector absent from a profile does not exist in it.</summary>
public sealed record ConnectorCapacity(string MachineType, int MinInstances, int MaxInstances);
