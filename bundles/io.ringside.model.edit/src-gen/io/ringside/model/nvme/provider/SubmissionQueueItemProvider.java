/**
 */
package io.ringside.model.nvme.provider;


import io.ringside.model.edit.internal.RingsideEditPlugin;

import io.ringside.model.nvme.NvmePackage;
import io.ringside.model.nvme.SubmissionQueue;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.ringside.model.nvme.SubmissionQueue} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SubmissionQueueItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SubmissionQueueItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addQidPropertyDescriptor(object);
			addSizePropertyDescriptor(object);
			addCqidPropertyDescriptor(object);
			addAddressPropertyDescriptor(object);
			addCreatedPropertyDescriptor(object);
			addHeadPropertyDescriptor(object);
			addHostTailPropertyDescriptor(object);
			addPublishedTailPropertyDescriptor(object);
			addControllerTailPropertyDescriptor(object);
			addDoorbellPropertyDescriptor(object);
			addPendingPropertyDescriptor(object);
			addCommandsPropertyDescriptor(object);
			addMmioDoorbellsPropertyDescriptor(object);
			addSkippedDoorbellsPropertyDescriptor(object);
			addShadowUpdatesPropertyDescriptor(object);
			addLabelPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Qid feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQidPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_qid_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_qid_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__QID,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_size_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_size_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__SIZE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cqid feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCqidPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_cqid_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_cqid_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__CQID,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Address feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAddressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_address_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_address_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__ADDRESS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_created_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_created_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__CREATED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Head feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHeadPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_head_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_head_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__HEAD,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Host Tail feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHostTailPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_hostTail_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_hostTail_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__HOST_TAIL,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Published Tail feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublishedTailPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_publishedTail_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_publishedTail_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__PUBLISHED_TAIL,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Controller Tail feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addControllerTailPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_controllerTail_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_controllerTail_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__CONTROLLER_TAIL,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Doorbell feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDoorbellPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_doorbell_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_doorbell_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__DOORBELL,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pending feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPendingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_pending_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_pending_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__PENDING,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Commands feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommandsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_commands_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_commands_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__COMMANDS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mmio Doorbells feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMmioDoorbellsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_mmioDoorbells_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_mmioDoorbells_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__MMIO_DOORBELLS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Skipped Doorbells feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSkippedDoorbellsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_skippedDoorbells_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_skippedDoorbells_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__SKIPPED_DOORBELLS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Shadow Updates feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addShadowUpdatesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_shadowUpdates_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_shadowUpdates_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__SHADOW_UPDATES,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Label feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLabelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SubmissionQueue_label_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SubmissionQueue_label_feature", "_UI_SubmissionQueue_type"),
				 NvmePackage.Literals.SUBMISSION_QUEUE__LABEL,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(NvmePackage.Literals.SUBMISSION_QUEUE__ENTRIES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns SubmissionQueue.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SubmissionQueue"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((SubmissionQueue)object).getLabel();
		return label == null || label.length() == 0 ?
			getString("_UI_SubmissionQueue_type") :
			getString("_UI_SubmissionQueue_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(SubmissionQueue.class)) {
			case NvmePackage.SUBMISSION_QUEUE__QID:
			case NvmePackage.SUBMISSION_QUEUE__SIZE:
			case NvmePackage.SUBMISSION_QUEUE__CQID:
			case NvmePackage.SUBMISSION_QUEUE__ADDRESS:
			case NvmePackage.SUBMISSION_QUEUE__CREATED:
			case NvmePackage.SUBMISSION_QUEUE__HEAD:
			case NvmePackage.SUBMISSION_QUEUE__HOST_TAIL:
			case NvmePackage.SUBMISSION_QUEUE__PUBLISHED_TAIL:
			case NvmePackage.SUBMISSION_QUEUE__CONTROLLER_TAIL:
			case NvmePackage.SUBMISSION_QUEUE__DOORBELL:
			case NvmePackage.SUBMISSION_QUEUE__PENDING:
			case NvmePackage.SUBMISSION_QUEUE__COMMANDS:
			case NvmePackage.SUBMISSION_QUEUE__MMIO_DOORBELLS:
			case NvmePackage.SUBMISSION_QUEUE__SKIPPED_DOORBELLS:
			case NvmePackage.SUBMISSION_QUEUE__SHADOW_UPDATES:
			case NvmePackage.SUBMISSION_QUEUE__LABEL:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case NvmePackage.SUBMISSION_QUEUE__ENTRIES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return RingsideEditPlugin.INSTANCE;
	}

}
