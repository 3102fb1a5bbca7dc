namespace CoopAlliance.Application.Common.Security;

/// <summary>
/// A form anyone may send without signing in (membership application; later stories, event registration, listing
/// enquiries). It carries a honeypot: a field people never see (the pages hide it with the shared _Honeypot partial)
/// and so leave empty, while form-filling bots fill it. A filled honeypot gets the usual success answer, but
/// <see cref="Behaviours.HoneypotBehaviour{TRequest,TResponse}"/> drops the request: nothing is saved or sent.
/// Pair it with the "public-form" rate limit on the page and the endpoint.
/// </summary>
public interface IPublicSubmission
{
    /// <summary>The honeypot ("fax" in JSON, "Input.Fax" on a page); empty from a person.</summary>
    string? Fax { get; }
}
