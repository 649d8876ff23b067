package org.xinqiao.schedule;

import io.micronaut.context.BeanContext;
import io.micronaut.context.exceptions.NoSuchBeanException;
import jakarta.inject.Singleton;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Asks Micronaut for each job instance (a {@code @Prototype} bean), so jobs get their services injected. */
@Singleton
class MicronautJobFactory implements JobFactory {

    private final BeanContext beans;

    MicronautJobFactory(BeanContext beans) {
        this.beans = beans;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        try {
            return beans.getBean(type);
        } catch (NoSuchBeanException e) {
            throw new SchedulerException("No bean for the job class " + type.getName(), e);
        }
    }
}
