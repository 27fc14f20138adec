using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Tthc.Core.Access;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>
/// The blob path over real HTTP on Azurite: <c>POST /api/reports/{unit}/upload-url</c> hands the unit a write-only URL
/// for one blob of <c>incoming/{unit}/</c>; Azurite itself refuses whatever else the URL is tried for.
/// </summary>
public sealed class UploadUrlTests(AccessHost fixture, AzuriteFixture azurite) : IClassFixture<AccessHost>
{
    private static readonly HttpClient Storage = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task UnitsUrl_PutsItsFile_AndTheBlobPathIngestsIt_AuditedFromKeyToSubmission()
    {
        var key = await fixture.Host.KeyAsync(AccessRole.Unit, "ht-b");
        Assert.True(AccessKeySecret.TryReadId(key, out var keyId));
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);

        var issued = await IssueAsync(await fixture.ClientAsync("unit:ht-b"), "ht-b", "q1-blob.csv");
        using var put = await PutAsync(issued.Url, AccessHost.Report("ht-b"));

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal($"reports-{fixture.Host.Suffix}/incoming/ht-b/q1-blob.csv", issued.BlobPath);
        var submissionId = await IngestedAsync("ht-b", "q1-blob.csv");
        Assert.Equal("accepted", (await fixture.Host.WaitForSubmissionAsync(submissionId)).GetProperty("status").GetString());
        var audit = (await fixture.Host.GetJsonAsync($"api/audit?province=ha-tinh&from={Uri.EscapeDataString(start.ToString("O"))}")).EnumerateArray().ToList();
        var asked = Assert.Single(audit, e => e.GetProperty("action").GetString() == "upload.url" && e.GetProperty("target").GetString() == "ht-b");
        Assert.Equal(keyId, asked.GetProperty("keyId").GetString());
        Assert.Equal("unit", asked.GetProperty("role").GetString());
        Assert.StartsWith(issued.BlobPath + " until ", asked.GetProperty("after").GetString(), StringComparison.Ordinal);
        var ingested = Assert.Single(audit, e => e.GetProperty("action").GetString() == "upload" && e.GetProperty("target").GetString() == "ht-b");
        Assert.Equal("blob:incoming", ingested.GetProperty("keyId").GetString());
        Assert.StartsWith(submissionId + " q1-blob.csv", ingested.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UrlForUnitA_WritesOnlyItsBlob_NotUnderUnitB_NorAnotherName_AndCannotReadListOrDelete()
    {
        var issued = await IssueAsync(await fixture.ClientAsync("unit:ht-a"), "ht-a", "q1-only.csv");
        var url = issued.Url.ToString();
        var sas = issued.Url.Query;
        var container = url[..url.IndexOf("/incoming/", StringComparison.Ordinal)];

        using var own = await PutAsync(issued.Url, AccessHost.Report("ht-a"));
        using var otherUnit = await PutAsync(new Uri(url.Replace("/incoming/ht-a/", "/incoming/ht-b/", StringComparison.Ordinal)), AccessHost.Report("ht-a"));
        using var otherName = await PutAsync(new Uri(url.Replace("/q1-only.csv", "/q1-other.csv", StringComparison.Ordinal)), AccessHost.Report("ht-a"));
        using var read = await Storage.GetAsync(issued.Url, TestContext.Current.CancellationToken);
        using var list = await Storage.GetAsync(new Uri(container + sas + "&restype=container&comp=list"), TestContext.Current.CancellationToken);
        using var delete = await Storage.DeleteAsync(issued.Url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherUnit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherName.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        var blobs = new BlobContainerClient(azurite.ConnectionString, "reports-" + fixture.Host.Suffix);
        Assert.True((await blobs.GetBlobClient("incoming/ht-a/q1-only.csv").ExistsAsync(TestContext.Current.CancellationToken)).Value);
        Assert.False((await blobs.GetBlobClient("incoming/ht-b/q1-only.csv").ExistsAsync(TestContext.Current.CancellationToken)).Value);
        Assert.False((await blobs.GetBlobClient("incoming/ht-a/q1-other.csv").ExistsAsync(TestContext.Current.CancellationToken)).Value);
    }

    [Fact]
    public async Task FileNameFromTheBody_Works_AndABadOrMissingName_Is400()
    {
        var unit = await fixture.ClientAsync("unit:ht-a");

        using var fromBody = await unit.PostAsJsonAsync("api/reports/ht-a/upload-url", new { fileName = "báo cáo quý 1.csv" }, TestContext.Current.CancellationToken);
        using var traversal = await unit.PostAsync("api/reports/ht-a/upload-url?fileName=..", null, TestContext.Current.CancellationToken);
        using var hidden = await unit.PostAsync("api/reports/ht-a/upload-url?fileName=" + Uri.EscapeDataString("cv\u202Efdp.exe"), null, TestContext.Current.CancellationToken);
        using var missing = await unit.PostAsync("api/reports/ht-a/upload-url", null, TestContext.Current.CancellationToken);

        var body = JsonDocument.Parse(await fromBody.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(HttpStatusCode.OK, fromBody.StatusCode);
        Assert.EndsWith("/incoming/ht-a/báo cáo quý 1.csv", body.GetProperty("blobPath").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, traversal.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ExpiredUrl_IsRefused()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Upload:UrlLifetime"] = "00:00:02" });
        var asked = DateTimeOffset.UtcNow;

        var issued = await IssueAsync(host.Http, "any-unit", "late.csv");
        await Task.Delay(issued.ExpiresOn - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
        using var late = await PutAsync(issued.Url, "unit,period,indicator,value\n");

        Assert.InRange(issued.ExpiresOn, asked.AddSeconds(1), asked.AddSeconds(30));
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        var blobs = new BlobContainerClient(azurite.ConnectionString, "reports-" + host.Suffix);
        Assert.False((await blobs.GetBlobClient("incoming/any-unit/late.csv").ExistsAsync(TestContext.Current.CancellationToken)).Value);
    }

    private static async Task<(Uri Url, DateTimeOffset ExpiresOn, string BlobPath)> IssueAsync(HttpClient by, string unit, string fileName)
    {
        using var response = await by.PostAsync($"api/reports/{unit}/upload-url?fileName={Uri.EscapeDataString(fileName)}", null, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        var body = JsonDocument.Parse(text).RootElement;
        return (new Uri(body.GetProperty("uploadUrl").GetString()!), body.GetProperty("expiresOn").GetDateTimeOffset(), body.GetProperty("blobPath").GetString()!);
    }

    // As a unit sends it: a plain PUT of the bytes, the URL its only credential.
    private static async Task<HttpResponseMessage> PutAsync(Uri url, string content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(content)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        request.Headers.Add("x-ms-blob-type", "BlockBlob");
        return await Storage.SendAsync(request, TestContext.Current.CancellationToken);
    }

    // The watcher scans incoming/ every 0.3 s here: polled a bounded number of times for the unit's submission of that file.
    private async Task<string> IngestedAsync(string unit, string fileName)
    {
        for (var poll = 0; poll < 300; poll++)
        {
            var submissions = (await fixture.Host.GetJsonAsync($"api/units/{unit}/submissions")).GetProperty("submissions").EnumerateArray();
            if (submissions.FirstOrDefault(s => s.GetProperty("file").GetString() == fileName) is { ValueKind: JsonValueKind.Object } found)
            {
                return found.GetProperty("submissionId").GetString()!;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"{unit}/{fileName} was not ingested.");
    }
}
