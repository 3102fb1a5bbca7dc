using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Application.Common.Security;

public static class ActorExtensions
{
    /// <summary>The caller as recorded in histories (user id and name).</summary>
    public static Actor AsActor(this ICurrentUser user) => user.IsSystem ? Actor.System : new Actor(user.Id, user.Name);
}
