namespace Netra.Infra.Model;

/// <summary>
/// What exists in GCP today, made by hand and by Terraform: adoption mode imports exactly these into the stack
/// instead of creating them (which would fail with 409, or replace them).
/// </summary>
/// <see cref="FrontDoor"/>: every part of the load balancer in front of the services (frontDoor in the file).
/// <see cref="Adopted"/>: the adoption `up` has run, so the stack holds these and more; adoption mode is then refused,
/// because its program leaves out everything else the stack holds and Pulumi would delete it.
public sealed record ExistingResources(IReadOnlyList<string> Connectors, bool Database, bool DatabaseUser, IReadOnlyList<string> Services, IReadOnlyList<string> Secrets, bool FrontDoor = false, bool Adopted = false)
{
    public static readonly ExistingResources None = new([], false, false, [], []);
}
