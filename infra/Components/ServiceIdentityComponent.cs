using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// One service account per Cloud Run service, granted exactly what it uses: secretAccessor on each secret it
/// reads (a member binding on that secret, never project-wide, never authoritative: pulumi/pulumi#13799). No
/// project-wide role at all: roles/cloudsql.client is what the Cloud SQL connectors and the Auth Proxy need
/// (cloudsql.instances.connect, https://cloud.google.com/sql/docs/postgres/connect-auth-proxy), and the services sign in
/// with a password over the private IP (their database URL), which no IAM role gates.
/// </summary>
public static class ServiceIdentityComponent
{
    public const string AccountType = "gcp:serviceaccount:Account";
    public const string SecretMemberType = "gcp:secretmanager:SecretIamMember";
    public const string SecretAccessor = "roles/secretmanager.secretAccessor";

    public static string AccountName(string role) => $"{role}-service-account";

    public static ReferenceValue Email(string role) => new(AccountName(role), "email");

    public static ResourceDeclaration DeclareAccount(GcpLocation location, ServiceSpec service, ReferenceValue provider) => new(
        AccountName(service.Role),
        AccountType,
        new MapValue
        {
            { "accountId", service.ServiceAccount },
            { "project", location.Project },
            { "displayName", $"Cloud Run {service.Name}" },
        },
        new ResourceOptions { Provider = provider },
        []);

    public static ResourceDeclaration DeclareSecretAccess(GcpLocation location, string role, string secret, ReferenceValue provider) => new(
        $"{role}-reads-{secret}",
        SecretMemberType,
        new MapValue
        {
            { "project", location.Project },
            { "secretId", new ReferenceValue(SecretComponent.LogicalName(secret), "secretId") },
            { "role", SecretAccessor },
            { "member", Member(role) },
        },
        new ResourceOptions { Provider = provider },
        []);

    private static InterpolationValue Member(string role) => new(["serviceAccount:", Email(role)]);
}
