namespace Netra.Infra.Components.FrontDoor;

/// <summary>The logical names of the front door's parts, one place for the components, adoption and tests.</summary>
public static class FrontDoorNames
{
    public const string Address = "front-door-address";
    public const string Certificate = "front-door-certificate";
    public const string UrlMap = "front-door-url-map";
    public const string HttpsProxy = "front-door-https-proxy";
    public const string HttpsRule = "front-door-https-rule";
    public const string RedirectMap = "front-door-redirect-map";
    public const string HttpProxy = "front-door-http-proxy";
    public const string HttpRule = "front-door-http-rule";
    public const string SslPolicy = "front-door-ssl-policy";

    public static string Neg(string role) => $"{role}-neg";

    public static string BackendService(string role) => $"{role}-backend";
}
