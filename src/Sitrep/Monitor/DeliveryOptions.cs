namespace Sitrep.Monitor;

/// <summary>How alerts are delivered: retries after the first try, the first back-off (doubling, with jitter), and each try's time-out.</summary>
public sealed record DeliveryOptions(int Retries = 5, TimeSpan? FirstDelay = null, TimeSpan? Timeout = null)
{
    public TimeSpan Delay => FirstDelay ?? TimeSpan.FromSeconds(2);
    public TimeSpan TryTimeout => Timeout ?? TimeSpan.FromSeconds(10);
}
