namespace Netra.Infra.Model;

/// <summary>A Secret Manager secret the services read. <see cref="Length"/> applies to random secrets.</summary>
public sealed record SecretSpec(string Name, SecretSource Source, int Length);
