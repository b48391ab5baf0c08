using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>How a service's env var names a secret: the declared secret's id, and the version to read.</summary>
public sealed record SecretReference(PropertyValue Secret, PropertyValue Version);
