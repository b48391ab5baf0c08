namespace Netra.Infra.Resources;

/// <summary>
/// One resource as a component declares it. <see cref="Name"/> is the stable logical name (a rename is a
/// delete-and-create in Pulumi); <see cref="Comments"/> say why, next to the resource, in what we emit.
/// </summary>
public sealed record ResourceDeclaration(
    string Name,
    string Type,
    MapValue Properties,
    ResourceOptions Options,
    IReadOnlyList<string> Comments)
{
    public ReferenceValue Reference(string? property = null) => new(Name, property);
}
