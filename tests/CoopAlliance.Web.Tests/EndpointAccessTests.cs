using System.Net;
using System.Text;
using CoopAlliance.Web.Endpoints;
using CoopAlliance.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests;

/// <summary>Every API endpoint carries the authorization of the request it sends, so HTTP refuses a caller before the handler runs.</summary>
public sealed class EndpointAccessTests : WebTest
{
    /// <summary>The API endpoints of the running app's route table ("GET /api/v1/coops/{id:int}").</summary>
    public static IReadOnlyList<RouteEndpoint> ApiEndpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .ToList();

    public static string Describe(RouteEndpoint endpoint) =>
        $"{string.Join(",", endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {endpoint.RoutePattern.RawText}";

    [Test]
    public void EveryApiEndpointDeclaresTheRequestItSendsAndSoWhoMayCallIt()
    {
        var endpoints = ApiEndpoints(App.Services);

        var undeclared = endpoints.Where(e => e.Metadata.GetMetadata<EndpointAccess>() is null).Select(Describe).ToList();

        Assert.That(endpoints, Has.Count.GreaterThan(100));
        Assert.That(undeclared, Is.Empty, () => "add .Sends<TheRequest>() to: " + string.Join("; ", undeclared));
    }

    [Test]
    public void OnlyPublicRequestsAreOpenToAnonymousCallers()
    {
        var anonymous = ApiEndpoints(App.Services).Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(Describe);

        Assert.That(anonymous, Is.EquivalentTo(new[] { "POST /api/v1/auth/login", "POST /api/v1/membership-applications", "POST /api/v1/public/stories", "GET /api/v1/listing-categories/", "GET /api/v1/public/listings", "GET /api/v1/public/listings.csv",
            "POST /api/v1/events/{id:int}/sessions", "GET /api/v1/public/events/", "GET /api/v1/public/events/{id:int}",
            "GET /api/v1/events/{id:int}/proposals", "POST /api/v1/events/{id:int}/proposals", "POST /api/v1/events/{id:int}/proposals/{proposalId:int}/votes",
            "GET /api/v1/events/{id:int}/commitments", "POST /api/v1/commitments/follow-ups/{token}",
            "GET /api/v1/public/partner-invitations/{token}/", "POST /api/v1/public/partner-invitations/{token}/", "POST /api/v1/public/partner-invitations/{token}/tasks/{taskId:int}",
            "POST /api/v1/events/{id:int}/registrations", "GET /api/v1/events/{id:int}/calendar.ics", "GET /api/v1/events/registrations/{token}/",
            "GET /api/v1/events/registrations/{token}/calendar.ics", "POST /api/v1/events/registrations/{token}/cancel",
            "POST /api/v1/events/registrations/{token}/accept-offer", "POST /api/v1/events/registrations/{token}/sessions/{sessionId:int}",
            "POST /api/v1/events/registrations/{token}/sessions/{sessionId:int}/leave",
            "GET /api/v1/events/{id:int}/programme.pdf" }));
    }

    [Test]
    public void AStaffEndpointCarriesTheStaffRoleAsStandardMetadata()
    {
        var create = ApiEndpoints(App.Services).Single(e => Describe(e) == "POST /api/v1/coops/");

        Assert.That(create.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Roles), Is.EqualTo(new[] { "Staff" }));
        Assert.That(create.Metadata.GetMetadata<EndpointAccess>()!.RequestType, Is.EqualTo(typeof(Application.Cooperatives.CreateCoop)));
    }

    [Test]
    public async Task ARepIsRefusedAStaffEndpointBeforeTheBodyIsEvenRead()
    {
        var rep = await RepAsync();

        // Unreadable JSON would be a 400 if the endpoint ran; the role check answers first.
        var response = await rep.PostAsync("/api/v1/coops", new StringContent("{ not json", Encoding.UTF8, "application/json"));

        await ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task AnAnonymousCallerGets401FromAnEndpointForAnySignedInUser()
    {
        var response = await App.CreateClient().GetAsync("/api/v1/coops");

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
