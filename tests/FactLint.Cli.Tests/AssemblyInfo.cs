// The CLI runs in-process with the current directory set to a throw-away workspace, which is
// process-wide state: the tests of this assembly must not run at the same time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
