using CoopAlliance.Application.Common.Behaviours;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application.Tests;

/// <summary>Every request says who may send it; one that says nothing is refused to everyone.</summary>
public sealed class DenyByDefaultTests : TestBase
{
    /// <summary>Every concrete MediatR request type of the application layer.</summary>
    public static IEnumerable<Type> RequestTypes() =>
        typeof(ICommand).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && !t.IsGenericTypeDefinition)
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .OrderBy(t => t.FullName);

    [Test]
    public void EveryRequestDeclaresWhoMaySendIt()
    {
        var undeclared = RequestTypes().Where(t => !RequestAccess.Of(t).IsDeclared).Select(t => t.FullName).ToList();

        Assert.That(RequestTypes().Count(), Is.GreaterThan(100), "the scan finds the application's requests");
        Assert.That(undeclared, Is.Empty, () =>
            "each of these needs [Authorize(Roles...)], [AnySignedInUser] or [PublicRequest] on its type: " + string.Join(", ", undeclared));
    }

    [Test]
    public void NoRequestIsBothPublicAndRestricted()
    {
        var confused = RequestTypes().Select(t => (Type: t, Access: RequestAccess.Of(t)))
            .Where(x => (x.Access.IsPublic ? 1 : 0) + (x.Access.AnySignedInUser ? 1 : 0) + (x.Access.RoleSets.Count > 0 ? 1 : 0) > 1)
            .Select(x => x.Type.FullName);

        Assert.That(confused, Is.Empty, "a request declares one of: public, any signed-in user, or roles");
    }

    [Test]
    public void ARequestThatDeclaresNothingIsRefusedEvenToStaffAndTheSystem()
    {
        Assert.Multiple(() =>
        {
            RunAsStaff();
            var asStaff = Assert.ThrowsAsync<UndeclaredAuthorizationException>(() => PassAsync(new Undeclared()));
            Assert.That(asStaff!.Message, Does.Contain(nameof(Undeclared)).And.Contain("[AnySignedInUser]"));

            Assert.ThrowsAsync<UndeclaredAuthorizationException>(() => PassAsync(new Undeclared(), asSystem: true));
            RunAnonymously();
            Assert.ThrowsAsync<UndeclaredAuthorizationException>(() => PassAsync(new Undeclared()));
        });
    }

    [Test]
    public async Task AnySignedInUserLetsEveryRoleThroughButNotAnAnonymousCaller()
    {
        RunAsMentor();
        Assert.That(await PassAsync(new OpenToSignedIn()), Is.True);
        RunAsRep(1);
        Assert.That(await PassAsync(new OpenToSignedIn()), Is.True);
        Assert.That(await PassAsync(new OpenToSignedIn(), asSystem: true), Is.True, "jobs run as the system");

        RunAnonymously();
        Assert.ThrowsAsync<UnauthorizedAccessException>(() => PassAsync(new OpenToSignedIn()));
    }

    [Test]
    public async Task TheSystemMaySendAStaffOnlyRequest()
    {
        RunAnonymously();

        Assert.That(await PassAsync(new StaffOnly(), asSystem: true), Is.True);
        Assert.ThrowsAsync<UnauthorizedAccessException>(() => PassAsync(new StaffOnly()));
    }

    /// <summary>Runs the authorization behaviour alone; true when it let the request through.</summary>
    private static async Task<bool> PassAsync<TRequest>(TRequest request, bool asSystem = false) where TRequest : IRequest<bool>
    {
        using var scope = Testing.Services.CreateScope();
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        if (asSystem)
        {
            user.RunAsSystem();
        }

        var behaviour = new AuthorizationBehaviour<TRequest, bool>(user);
        return await behaviour.Handle(request, CancellationToken.None, () => Task.FromResult(true));
    }

    public sealed record Undeclared : IRequest<bool>;

    [AnySignedInUser]
    public sealed record OpenToSignedIn : IRequest<bool>;

    [Authorize(Roles.Staff)]
    public sealed record StaffOnly : IRequest<bool>;
}
