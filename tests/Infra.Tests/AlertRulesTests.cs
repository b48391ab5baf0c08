using FluentAssertions;
using Netra.Infra.Model;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The noise an on-call learns to ignore, refused at load: a ratio with no minimum volume, a threshold on a connector's
/// instances (connectors never scale in), a wait for two serving revisions that a rollout outlasts; and where alerts
/// go: channels with exactly their labels, no credential in data, CRITICAL to one that pages.
/// </summary>
public class AlertRulesTests
{
    private static EnvironmentSpec Staging() => Programs.StagingEnvironment();

    private static EnvironmentSpec WithAlert(EnvironmentSpec staging, string name, Func<AlertSpec, AlertSpec> change) =>
        staging with
        {
            Observability = staging.Observability with
            {
                Alerts = new Dictionary<string, AlertSpec>(staging.Observability.Alerts) { [name] = change(staging.Observability.Alerts[name]) },
            },
        };

    private static EnvironmentSpec WithChannel(EnvironmentSpec staging, string name, Func<ChannelSpec, ChannelSpec> change) =>
        staging with
        {
            Observability = staging.Observability with
            {
                Channels = new Dictionary<string, ChannelSpec>(staging.Observability.Channels) { [name] = change(staging.Observability.Channels[name]) },
            },
        };

    [Fact]
    public void A_ratio_without_a_minimum_volume_is_refused()
    {
        var errors = DetectionTimeTests.Errors(WithAlert(Staging(), "unavailable-ratio", a => a with { MinimumDenominator = null }));

        errors.Should().Equal("stacks/staging.yaml: error NETRA609: observability.alerts.unavailable-ratio.minimumDenominator: a ratio with no minimum volume fires on one failure among ten requests in a quiet hour: give the requests the window must hold (e.g. 100)");
    }

    [Fact]
    public void A_minimum_volume_counts_requests_only_when_the_window_counts_them()
    {
        var errors = DetectionTimeTests.Errors(WithAlert(Staging(), "lb-5xx-ratio", a => a with { Aligner = "ALIGN_RATE" }));

        errors.Should().Equal("stacks/staging.yaml: error NETRA609: observability.alerts.lb-5xx-ratio.minimumDenominator: with ALIGN_RATE the denominator is not a count of requests in the window: align with ALIGN_DELTA, so that 100 means 100 requests");
    }

    [Fact]
    public void A_threshold_on_a_connector_s_instances_would_stay_open_forever_and_is_refused()
    {
        var errors = DetectionTimeTests.Errors(WithAlert(Staging(), "connector-saturation-warning", a => a with
        {
            Filter = "metric.type=\"vpcaccess.googleapis.com/connector/instances\" AND resource.type=\"vpc_access_connector\"",
            Aligner = "ALIGN_MAX",
            Threshold = 9,
        }));

        errors.Should().ContainSingle().Which.Should().StartWith("stacks/staging.yaml: error NETRA609: observability.alerts.connector-saturation-warning.condition: a threshold on a connector's instances stays met once the connector has scaled out")
            .And.EndWith("Use `condition: connector-reached-max`, which fires when a connector reaches its maximum and closes after the window");
    }

    [Theory]
    [InlineData(900, true)]
    [InlineData(1500, true)]
    [InlineData(1560, false)]
    public void Two_serving_revisions_wait_two_drains_the_range_and_a_sample(int duration, bool refused)
    {
        var errors = DetectionTimeTests.Errors(WithAlert(Staging(), "several-revisions-serving", a => a with { DurationSeconds = duration }));

        if (refused)
        {
            errors.Should().Equal($"stacks/staging.yaml: error NETRA609: observability.alerts.several-revisions-serving.durationSeconds: {duration} s, but revisions serve side by side by design for up to 1560 s: the old revision drains for up to 600 s (the longest request timeout of any service), a second one as long when an incident step follows another (the margin), then the query's 300 s range and the 60 s sample that counts the last request: set at least 1560");
        }
        else
        {
            errors.Should().BeEmpty();
        }
    }

    [Fact]
    public void A_credential_in_a_channel_s_labels_is_refused_and_named_as_the_sensitive_label_it_belongs_in()
    {
        var errors = DetectionTimeTests.Errors(WithChannel(Staging(), "oncall-pager", c => c with
        {
            Labels = new Dictionary<string, string> { ["service_key"] = "<the key>" },
        }));

        errors.Should().Equal("stacks/staging.yaml: error NETRA600: observability.channels.oncall-pager.labels.service_key: 'service_key' is the channel's credential: never in data; put it in a Secret Manager secret and name it in sensitiveLabels.serviceKey (docs/observability.md)");
    }

    [Fact]
    public void A_pager_without_its_key_is_refused()
    {
        var errors = DetectionTimeTests.Errors(WithChannel(Staging(), "oncall-pager", c => c with { SensitiveLabels = new Dictionary<string, ChannelKey>() }));

        errors.Should().Equal("stacks/staging.yaml: error NETRA600: observability.channels.oncall-pager.sensitiveLabels: a pagerduty channel needs its serviceKey: name the Secret Manager secret it is read from (sensitiveLabels: {serviceKey: {secret: <name>}}), an external secret of `secrets`");
    }

    [Fact]
    public void A_channel_s_key_comes_from_an_external_secret_at_a_numbered_version()
    {
        var staging = Staging();
        var generated = staging with { Secrets = new Dictionary<string, SecretSpec>(staging.Secrets) { ["oncall-paging-key"] = new("oncall-paging-key", SecretSource.Random, 64) } };
        var latest = ObservabilityTests.WithPagerKey(staging, "latest");

        DetectionTimeTests.Errors(generated).Should().Equal("stacks/staging.yaml: error NETRA500: observability.channels.oncall-pager.sensitiveLabels.serviceKey.secret: secret 'oncall-paging-key' is Random, but a channel's credential comes from the service it pages into: make it `source: external`, added by a person");
        DetectionTimeTests.Errors(latest).Should().Equal("stacks/staging.yaml: error NETRA600: observability.channels.oncall-pager.sensitiveLabels.serviceKey.version: 'latest' is not a version number: name the version `gcloud secrets versions add` printed (1, 2, …), never `latest`, so that a new key is a reviewed change");
    }

    [Fact]
    public void Critical_must_reach_a_channel_that_pages()
    {
        var staging = Staging();
        var notify = new Dictionary<string, IReadOnlyList<string>>(staging.Observability.Notify) { ["CRITICAL"] = ["oncall-email"] };

        var errors = DetectionTimeTests.Errors(staging with { Observability = staging.Observability with { Notify = notify } });

        errors.Should().Equal("stacks/staging.yaml: error NETRA600: observability.notify.CRITICAL: no channel that reaches a person at night (pagerduty, sms, webhook_tokenauth, webhook_basicauth): email wakes nobody, and CRITICAL is what the on-call is paged for");
    }
}
