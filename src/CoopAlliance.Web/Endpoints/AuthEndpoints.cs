using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Web.Infrastructure;

namespace CoopAlliance.Web.Endpoints;

public sealed record LoginRequest(string Email, string Password);

public sealed record LoginResponse(string AccessToken, int ExpiresIn, string TokenType = "Bearer");

/// <summary>The one answer to a failed sign-in, on the page and in the API.</summary>
public static class SignInFailure
{
    public const string Purpose = "sign-in";

    public const string Message = "The email or password is not right, or the login is locked or disabled. " +
                                  "After 5 wrong passwords a login is locked for 15 minutes.";
}

public static class AuthEndpoints
{
    public static void MapAuth(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", async (HttpContext http, LoginRequest body, IAuthService auth, TokenService tokens, AccountAttemptLimiter accounts) =>
            {
                if (string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrWhiteSpace(body.Password))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["email"] = string.IsNullOrWhiteSpace(body.Email) ? ["Enter your email address."] : [],
                        ["password"] = string.IsNullOrWhiteSpace(body.Password) ? ["Enter your password."] : [],
                    }.Where(kv => kv.Value.Length > 0).ToDictionary());
                }

                if (accounts.TryAttempt(SignInFailure.Purpose, body.Email) is { } wait)
                {
                    await AbuseLimits.RejectAsync(http, wait);
                    return Results.Empty;
                }

                // One answer for an unknown email, a wrong password, a locked and a disabled login: nothing tells them apart.
                var (outcome, principal) = await auth.CheckPasswordAsync(body.Email, body.Password);
                if (outcome != SignInOutcome.Succeeded)
                {
                    return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", detail: SignInFailure.Message);
                }

                var (token, expiresIn) = tokens.Issue(principal!);
                return Results.Ok(new LoginResponse(token, expiresIn));
            })
            .OpenToAnyone().WithName("Auth_Login")
            .Produces<LoginResponse>().ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireRateLimiting(AbuseLimits.SignIn)
            .WithTags("Auth")
            .WithSummary("Exchange email and password for a bearer token (5 failed attempts lock the login; too many attempts " +
                         "from one address or for one account answer 429 with Retry-After).");
    }
}
