using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components.FrontDoor;

/// <summary>
/// The front door's Google-managed certificate (compute/managedSslCertificate.d.ts). Chosen over Certificate Manager
/// because it is what serves staging today (record 001 checks `gcloud compute ssl-certificates describe
/// staging-ssl-cert`): adoption imports it as it is, and the proxy keeps the same certificate list. Its domains are
/// immutable: a change makes a new certificate, which provisions only once every domain resolves to the balancer.
/// </summary>
public static class CertificateComponent
{
    public const string Type = "gcp:compute:ManagedSslCertificate";

    public static string ImportId(GcpLocation location, string name) => $"projects/{location.Project}/global/sslCertificates/{name}";

    public static ResourceDeclaration Declare(GcpLocation location, CertificateSpec certificate, ReferenceValue provider)
    {
        var domains = new ListValue();
        foreach (var domain in certificate.Domains)
        {
            domains.Add(domain);
        }

        return new ResourceDeclaration(
            FrontDoorNames.Certificate,
            Type,
            new MapValue
            {
                { "name", certificate.Name },
                { "project", location.Project },
                { "managed", new MapValue { { "domains", domains } } },
            },
            new ResourceOptions { Provider = provider },
            [$"Covers exactly the hosts the URL map routes: {string.Join(", ", certificate.Domains)}."]);
    }
}
