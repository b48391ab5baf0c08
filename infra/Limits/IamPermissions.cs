namespace Netra.Infra.Limits;

/// <summary>
/// The IAM permissions the provider's calls need, per resource type this program declares: what a refresh reads
/// (`pulumi preview`, and every `up`, refresh first), and what an update of it writes. The CI identities' custom roles
/// (access/*.role.yaml) hold exactly these, and AccessRoleTests keeps them equal to what the emitted programs need.
/// Sources: the provider's read and update calls (terraform-provider-google, each resource's Read/Update: one GET, or a
/// list for sql users, `Users.List`; an update PATCHes and then polls the operation) and each permission's API method in
/// Google's reference, https://cloud.google.com/iam/docs/permissions-reference.
/// </summary>
public static class IamPermissions
{
    /// <summary>The payload of a secret version: refreshing a declared version reads it (the provider reads the value back
    /// to detect drift). Never part of a role here: it is granted on each generated secret alone (docs/pr-checks.md).</summary>
    public const string SecretPayload = "secretmanager.versions.access";

    /// <summary>Type token → the permissions reading one resource of it needs.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Read = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["gcp:cloudrunv2:Service"] = ["run.services.get"],
        ["gcp:cloudrunv2:ServiceIamMember"] = ["run.services.getIamPolicy"],
        ["gcp:compute:BackendService"] = ["compute.backendServices.get"],
        ["gcp:compute:GlobalAddress"] = ["compute.globalAddresses.get"],
        ["gcp:compute:GlobalForwardingRule"] = ["compute.globalForwardingRules.get"],
        ["gcp:compute:ManagedSslCertificate"] = ["compute.sslCertificates.get"],
        ["gcp:compute:RegionNetworkEndpointGroup"] = ["compute.regionNetworkEndpointGroups.get"],
        ["gcp:compute:Router"] = ["compute.routers.get"],
        ["gcp:compute:RouterNat"] = ["compute.routers.get"],
        ["gcp:compute:SSLPolicy"] = ["compute.sslPolicies.get"],
        ["gcp:compute:Subnetwork"] = ["compute.subnetworks.get"],
        ["gcp:compute:TargetHttpProxy"] = ["compute.targetHttpProxies.get"],
        ["gcp:compute:TargetHttpsProxy"] = ["compute.targetHttpsProxies.get"],
        ["gcp:compute:URLMap"] = ["compute.urlMaps.get"],
        ["gcp:logging:Metric"] = ["logging.logMetrics.get"],
        ["gcp:monitoring:AlertPolicy"] = ["monitoring.alertPolicies.get"],
        ["gcp:monitoring:NotificationChannel"] = ["monitoring.notificationChannels.get"],
        ["gcp:monitoring:UptimeCheckConfig"] = ["monitoring.uptimeCheckConfigs.get"],
        ["gcp:secretmanager:Secret"] = ["secretmanager.secrets.get"],
        ["gcp:secretmanager:SecretIamMember"] = ["secretmanager.secrets.getIamPolicy"],
        ["gcp:secretmanager:SecretVersion"] = ["secretmanager.versions.get", SecretPayload],
        ["gcp:serviceaccount:Account"] = ["iam.serviceAccounts.get"],
        ["gcp:sql:DatabaseInstance"] = ["cloudsql.instances.get"],
        ["gcp:sql:User"] = ["cloudsql.users.list"],
        ["gcp:vpcaccess:Connector"] = ["vpcaccess.connectors.get"],
        // Local to the engine: no Google API call.
        ["random:index:RandomPassword"] = [],
        ["time:index:Sleep"] = [],
    };

    /// <summary>Type token → the permissions an in-place update of one needs, for the types incident steps change: a
    /// Cloud Run service is PATCHed (run.services.update), its long-running operation polled (run.operations.get), and
    /// a connector resized in place (PATCH with an update mask). Deploying a revision also needs actAs on the account it
    /// runs as: granted on that account (roles/iam.serviceAccountUser), not in a project role (docs/pr-checks.md).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Update = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["gcp:cloudrunv2:Service"] = ["run.services.update", "run.operations.get"],
        ["gcp:vpcaccess:Connector"] = ["vpcaccess.connectors.update", "vpcaccess.operations.get"],
    };

    /// <summary>What `switch` reads with gcloud beyond the resources: `gcloud run revisions describe` of the revision a
    /// pinning step names, for its own pools (infra/Switch/RevisionPools.cs). Its `gcloud run services describe` is
    /// run.services.get, as the preview's is.</summary>
    public static readonly IReadOnlyList<string> SwitchTools = ["run.revisions.get"];
}
